// The very rule the results are released by, so what the leader is told here is what they will see.
import { mergedGroupsLabel, mergeSmallGroups } from '../../shared/group-merging';
import type { RelationshipGroup } from '../../shared/questions';

export type GroupFiguresPlan =
  | { kind: 'too-few'; total: number }
  | { kind: 'together-only'; total: number; reason: 'one-group' | 'no-group-reaches-k' | 'rest-too-small' }
  | {
      kind: 'by-group';
      total: number;
      own: Array<{ group: RelationshipGroup; count: number }>;
      others: { groups: RelationshipGroup[]; count: number } | null;
    };

/**
 * What the results of a round asking these people can show, decided (as at release) from who is
 * invited: which groups get figures of their own, and which are merged into "Others".
 */
export function groupFiguresPlan(groups: readonly RelationshipGroup[], k: number): GroupFiguresPlan {
  const total = groups.length;
  if (total < k) return { kind: 'too-few', total };
  const counts: Partial<Record<RelationshipGroup, number>> = {};
  for (const group of groups) counts[group] = (counts[group] ?? 0) + 1;
  const displayed = mergeSmallGroups(counts, k);
  // A single figure is the overall one: one group alone says nothing more than the total.
  if (displayed.length <= 1) {
    const present = Object.keys(counts).length;
    const largest = Math.max(...Object.values(counts));
    const reason = present === 1 ? 'one-group' : largest < k ? 'no-group-reaches-k' : 'rest-too-small';
    return { kind: 'together-only', total, reason };
  }
  const own = displayed
    .filter((shown) => shown.groups.length === 1 && shown.label !== mergedGroupsLabel)
    .flatMap(({ groups: [group], count }) => (group ? [{ group, count }] : []));
  const merged = displayed.find((shown) => shown.label === mergedGroupsLabel);
  const others = merged
    ? {
        groups: merged.groups.filter((group) => counts[group]),
        count: merged.count,
      }
    : null;
  return { kind: 'by-group', total, own, others };
}
