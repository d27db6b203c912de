/**
 * Fisher–Yates shuffle with injected randomness, so production can pass a cryptographic
 * source and tests a seeded one. `random` must return a number in [0, 1), like Math.random.
 */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const shuffled = [...items];
  for (let last = shuffled.length - 1; last > 0; last--) {
    const picked = Math.floor(uniform(random) * (last + 1));
    const kept = shuffled[last] as T;
    shuffled[last] = shuffled[picked] as T;
    shuffled[picked] = kept;
  }
  return shuffled;
}

function uniform(random: () => number): number {
  const value = random();
  if (!(value >= 0 && value < 1))
    throw new RangeError(`random() must return a number in [0, 1), got ${value}`);
  return value;
}
