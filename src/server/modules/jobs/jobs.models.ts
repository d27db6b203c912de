export const maxJobAttempts = 5;

/** Exponential back-off: 30 s, 1 min, 2 min, 4 min — then the job is given up and its error kept. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= maxJobAttempts) return null;
  return new Date(now.getTime() + 30_000 * 2 ** (attempts - 1));
}
