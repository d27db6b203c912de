import { assertAnonymityThreshold } from './anonymity-threshold';
import { type RelationshipGroup, relationshipGroupLabels, relationshipGroups } from './questions';
import type { DisplayedGroup } from './round-results';

export const mergedGroupsLabel = 'Others';

type GroupCount = { group: RelationshipGroup; count: number };

/**
 * Decides which relationship groups a breakdown may show, from how many people of each group
 * were invited (never from who answered: see decision 0016). Groups with at least k people are
 * shown alone; the smaller ones are merged into "Others" together with the next-smallest
 * groups until "Others" reaches k. The displayed groups always partition everyone counted,
 * each with at least k, so no hidden group can be computed by subtracting shown figures from
 * the total. Returns no groups when a breakdown is impossible or would only repeat the total.
 */
export function mergeSmallGroups(
  counts: Partial<Record<RelationshipGroup, number>>,
  k: number,
): DisplayedGroup[] {
  assertAnonymityThreshold(k);
  const present = smallestFirst(counts);
  if (sumOf(present) < k) return [];
  if (present.every(({ count }) => count >= k)) return inCanonicalOrder(present).map(shownAlone);

  const merged = present.filter(({ count }) => count < k);
  const largeEnough = present.filter(({ count }) => count >= k);
  while (sumOf(merged) < k) {
    const nextSmallest = largeEnough.shift();
    if (nextSmallest === undefined) return [];
    merged.push(nextSmallest);
  }
  // "Others" holding everyone says nothing the overall figure does not already say.
  if (largeEnough.length === 0) return [];

  return [...inCanonicalOrder(largeEnough).map(shownAlone), othersBesides(largeEnough, sumOf(merged))];
}

/**
 * "Others" lists every group not shown alone, including groups nobody answered from:
 * listing only the groups present would tell the leader that, say, their one manager replied.
 */
function othersBesides(shown: GroupCount[], count: number): DisplayedGroup {
  const shownGroups = new Set(shown.map(({ group }) => group));
  return {
    label: mergedGroupsLabel,
    groups: relationshipGroups.filter((group) => !shownGroups.has(group)),
    count,
  };
}

function shownAlone({ group, count }: GroupCount): DisplayedGroup {
  return { label: relationshipGroupLabels[group], groups: [group], count };
}

/** Ties are broken by the fixed group order so the same counts always merge the same way. */
function smallestFirst(counts: Partial<Record<RelationshipGroup, number>>): GroupCount[] {
  return relationshipGroups
    .map((group) => ({ group, count: counts[group] ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => a.count - b.count || canonicalIndex(a.group) - canonicalIndex(b.group));
}

function inCanonicalOrder(groupCounts: GroupCount[]): GroupCount[] {
  return [...groupCounts].sort((a, b) => canonicalIndex(a.group) - canonicalIndex(b.group));
}

function canonicalIndex(group: RelationshipGroup): number {
  return relationshipGroups.indexOf(group);
}

function sumOf(groupCounts: GroupCount[]): number {
  return groupCounts.reduce((total, { count }) => total + count, 0);
}
