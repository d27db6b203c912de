import { describe, expect, test } from 'vitest';
import { createMemoryRateLimiter } from './memory-rate-limiter';

const rule = { name: 'test', limit: 2, windowMs: 60_000, message: 'Slow down.' };

describe('in-memory rate limit for anonymous requests', () => {
  test('refuses past the limit within a window and allows again in the next', () => {
    let now = new Date('2026-12-01T10:00:00Z');
    const limiter = createMemoryRateLimiter(() => now);
    limiter.enforce(rule, '203.0.113.1');
    limiter.enforce(rule, '203.0.113.1');
    expect(() => limiter.enforce(rule, '203.0.113.1')).toThrow('Slow down.');
    limiter.enforce(rule, '203.0.113.2');
    now = new Date('2026-12-01T10:01:00Z');
    expect(() => limiter.enforce(rule, '203.0.113.1')).not.toThrow();
  });
});
