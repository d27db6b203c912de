// The rate-limits module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export {
  counters,
  countHit,
  enforceRateLimit,
  longestRateLimitWindowMs,
  rateLimitRules,
  takeFromAllowance,
} from './rate-limits.usecases';
