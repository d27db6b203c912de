import type { Competency } from '../../../shared/framework';
import type { ChangeFigure, MiniSurveyPoint, SelfVsOthersRow } from '../../../shared/progress';
import type { RatingFigure, RatingResult, RoundResults } from '../../../shared/round-results';

// Everything here reads figures that release already let through (each on at least k
// ratings) and never the responses, so a hidden figure cannot reappear in progress.

export function isChangeResult(result: Pick<RatingResult, 'min' | 'max'>): boolean {
  return result.min < 0 && result.max > 0;
}

/** A released change figure; null when release hid it or the scale has no "better". */
export function changeFigureOf(figure: RatingFigure | null): ChangeFigure | null {
  if (!figure || figure.shareImproved === null) return null;
  return {
    n: figure.n,
    mean: figure.mean,
    shareImproved: figure.shareImproved,
    realProgress: figure.mean > 1,
  };
}

/** Several released figures as one, weighted by how many ratings each rests on. */
export function pooledChangeFigure(figures: readonly ChangeFigure[]): ChangeFigure | null {
  const n = figures.reduce((total, figure) => total + figure.n, 0);
  if (n === 0) return null;
  const mean = figures.reduce((total, figure) => total + figure.mean * figure.n, 0) / n;
  // Counts of improved ratings are whole numbers; rounding undoes floating-point drift.
  const improved = figures.reduce((total, figure) => total + Math.round(figure.shareImproved * figure.n), 0);
  return { n, mean, shareImproved: improved / n, realProgress: mean > 1 };
}

export type RoundTiming = { id: string; openedAt: string; closesOn: string; closedAt: string | null };

/**
 * One mini-survey on the progress chart: per commitment the question that rates it (its
 * `subject` is the commitment id), and overall the commitments' released figures pooled.
 */
export function miniSurveyPoint(
  round: RoundTiming,
  results: RoundResults,
  commitmentIds: readonly string[],
): MiniSurveyPoint {
  const base = {
    roundId: round.id,
    openedAt: round.openedAt,
    closesOn: round.closesOn,
    closedAt: round.closedAt,
    date: (round.closedAt ?? round.closesOn).slice(0, 10),
    responseCount: results.responseCount,
  };
  if (!results.released) return { ...base, released: false, overall: null, byCommitment: [] };
  const changes = results.ratings.filter(isChangeResult);
  // In the cycle's own order of commitments, so every chart lists them alike.
  const byCommitment = commitmentIds.flatMap((commitmentId) => {
    const result = changes.find((candidate) => candidate.subject === commitmentId);
    return result ? [{ commitmentId, figure: changeFigureOf(result.overall) }] : [];
  });
  const shown = byCommitment.flatMap(({ figure }) => (figure ? [figure] : []));
  return { ...base, released: true, overall: pooledChangeFigure(shown), byCommitment };
}

/** The leader's self-ratings next to others' released means, per behavior of the competency. */
export function selfVsOthers(
  competency: Competency,
  baseline: Record<string, number>,
  results: RoundResults | null,
): SelfVsOthersRow[] {
  const ratings = results?.released ? results.ratings : [];
  return competency.behaviors.map((behavior) => {
    const figure = ratings.find(
      (result) => result.subject === behavior.key && !isChangeResult(result),
    )?.overall;
    return {
      behaviorKey: behavior.key,
      behaviorText: behavior.text,
      self: baseline[behavior.key] ?? null,
      others: figure ? { n: figure.n, mean: figure.mean } : null,
    };
  });
}
