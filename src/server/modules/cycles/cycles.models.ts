import type { CycleStage } from '../../../shared/cycles';
import type { Competency } from '../../../shared/framework';

/** Keeps only self-ratings for behaviors of the chosen competency; returns the first unknown key. */
export function unknownBaselineBehavior(
  competency: Competency,
  baseline: Record<string, number>,
): string | null {
  const known = new Set(competency.behaviors.map((behavior) => behavior.key));
  return Object.keys(baseline).find((key) => !known.has(key)) ?? null;
}

/** Opening the listening round moves a cycle from reframing to listening; it never moves back. */
export function stageAfterListeningOpens(stage: CycleStage): CycleStage {
  return stage === 'reframe' ? 'listen' : stage;
}
