import type { RelationshipGroup } from '../../../shared/questions';
import type { GroupPerception } from '../../../shared/relationships';
import type { ReleasedResults } from '../../../shared/round-results';
import { isChangeResult } from '../progress/public.models';

export type SourceKind = 'mini_survey' | 'listening';
export type SourceCandidate = { kind: string; closedAt: string | null; released: boolean };

/** The latest released mini-survey colors the map; before any, the latest released listening round. */
export function chooseSource<T extends SourceCandidate>(candidates: readonly T[]): T | null {
  const latest = (kind: SourceKind) =>
    candidates
      .filter((candidate) => candidate.kind === kind && candidate.released && candidate.closedAt)
      .sort((a, b) => (b.closedAt as string).localeCompare(a.closedAt as string))[0] ?? null;
  return latest('mini_survey') ?? latest('listening');
}

type Pooled = { label: string; groups: RelationshipGroup[]; means: number[]; shares: number[] };

/**
 * Per relationship group, the perception its released breakdown shows: a mini-survey's change
 * questions, or a listening round's behavior ratings, averaged over the questions. Only the
 * byGroup figures release let through are read, so a group merged into "Others" gets the
 * merged set's figure and never one of its own. Group figures carry no count (decision 0016), so
 * each question weighs the same. A group that different questions placed in different sets gets
 * none, rather than a figure mixing sets (release gives every question the round's one structure).
 */
export function groupPerceptions(
  results: ReleasedResults,
  kind: SourceKind,
): Partial<Record<RelationshipGroup, GroupPerception>> {
  const change = kind === 'mini_survey';
  const sets = new Map<string, Pooled>();
  for (const result of results.ratings) {
    const counts = change ? isChangeResult(result) : result.subject !== null && !isChangeResult(result);
    if (!counts) continue;
    for (const { label, groups, figure } of result.byGroup) {
      const key = [...groups].sort().join('+');
      const set = sets.get(key) ?? { label, groups, means: [], shares: [] };
      set.means.push(figure.mean);
      if (figure.shareImproved !== null) set.shares.push(figure.shareImproved);
      sets.set(key, set);
    }
  }
  const perceptions: Partial<Record<RelationshipGroup, GroupPerception>> = {};
  const all = [...sets.values()];
  for (const set of all) {
    for (const group of set.groups) {
      if (all.filter((other) => other.groups.includes(group)).length !== 1) continue;
      perceptions[group] = {
        mean: averageOf(set.means),
        shareImproved: change && set.shares.length > 0 ? averageOf(set.shares) : null,
        label: set.label,
        groups: set.groups,
      };
    }
  }
  return perceptions;
}

function averageOf(values: number[]): number {
  return values.reduce((total, value) => total + value, 0) / values.length;
}
