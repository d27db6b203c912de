export const maxJobAttempts = 5;

/** Exponential back-off: 30 s, 1 min, 2 min, 4 min — then the job is given up and its error kept. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= maxJobAttempts) return null;
  return new Date(now.getTime() + 30_000 * 2 ** (attempts - 1));
}

/**
 * Thrown by a handler that may not act yet for a reason that is no fault of the job (the hour's
 * mail cap is reached): it runs again at `until`, and the attempt is not counted.
 */
export class JobPostponed extends Error {
  constructor(readonly until: Date) {
    super(`postponed until ${until.toISOString()}`);
  }
}
