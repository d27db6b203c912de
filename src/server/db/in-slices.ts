/** `items` in slices of at most `size`, so an `in (…)` list stays within every engine's parameter limit. */
export const inSlices = <T>(items: readonly T[], size = 200): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
