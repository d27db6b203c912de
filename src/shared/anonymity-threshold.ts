/** The product's promise: no figure ever rests on fewer than three people, whatever a workspace sets. */
export const anonymityFloor = 3;

/**
 * Refuses to compute any figure under a threshold below the floor. Workspace settings are
 * validated at the edge, so reaching this means a bug, and failing loudly beats releasing
 * answers that could be traced to one person.
 */
export function assertAnonymityThreshold(k: number): void {
  if (!Number.isInteger(k) || k < anonymityFloor) {
    throw new RangeError(
      `The anonymity threshold must be a whole number of at least ${anonymityFloor}, got ${k}`,
    );
  }
}
