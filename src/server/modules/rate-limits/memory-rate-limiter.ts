import type { Clock } from '../../../shared/calendar';
import { rateLimited } from '../../errors';
import type { RateLimitRule } from './rate-limits.usecases';

/**
 * Fixed-window counters in this process's memory, for stakeholders' anonymous requests only. A
 * counter stored in the database beside a new response would time it and tie it to an address
 * (see docs/decisions/0005), so these limits are per process and forgotten on restart.
 */
export function createMemoryRateLimiter(now: Clock) {
  const windows = new Map<string, { startedAt: number; hits: number }>();

  function forgetExpired(at: number, windowMs: number) {
    for (const [key, window] of windows) if (at - window.startedAt >= windowMs) windows.delete(key);
  }

  return {
    enforce(rule: RateLimitRule, subject: string): void {
      const at = now().getTime();
      if (windows.size > 10_000) forgetExpired(at, rule.windowMs);
      const key = `${rule.name}:${subject}`;
      const window = windows.get(key);
      if (!window || at - window.startedAt >= rule.windowMs) {
        windows.set(key, { startedAt: at, hits: 1 });
        return;
      }
      window.hits++;
      if (window.hits > rule.limit) throw rateLimited(rule.message);
    },
  };
}

export type MemoryRateLimiter = ReturnType<typeof createMemoryRateLimiter>;
