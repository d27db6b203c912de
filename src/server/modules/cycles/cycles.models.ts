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

/** Two self-ratings are the same whatever order their behaviors were written in. */
export function sameBaseline(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Opening the listening round moves a cycle from reframing to listening; it never moves back. */
export function stageAfterListeningOpens(stage: CycleStage): CycleStage {
  return stage === 'reframe' ? 'listen' : stage;
}

const excerptLength = 160;

/** The start of a reflection for the cycles list, cut at a word so it never ends mid-word. */
export function excerptOf(reflection: string | null): string | null {
  if (reflection === null || reflection.length <= excerptLength) return reflection;
  const cut = reflection.slice(0, excerptLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
