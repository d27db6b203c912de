/** z for a two-sided 95 % interval. */
const z95 = 1.959963984540054;

export type Interval = { low: number; high: number };

/**
 * Wilson score interval for a share of hits out of n: unlike the plain ±1.96·√(p(1-p)/n) it stays
 * inside 0..1 and is honest at 0 % or 100 %, which is where a small sealed set often lands.
 */
export function wilsonInterval(hits: number, n: number, z = z95): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const p = hits / n;
  const zz = z * z;
  const centre = (p + zz / (2 * n)) / (1 + zz / n);
  const half = (z / (1 + zz / n)) * Math.sqrt((p * (1 - p)) / n + zz / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
