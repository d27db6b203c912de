import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeSmallGroups } from './group-merging';
import { type RelationshipGroup, relationshipGroups } from './questions';

describe('mergeSmallGroups', () => {
  test('groups with at least k people are shown alone', () => {
    expect(mergeSmallGroups({ direct_report: 4, peer: 3 }, 3)).toEqual([
      { label: 'Direct report', groups: ['direct_report'], count: 4 },
      { label: 'Peer', groups: ['peer'], count: 3 },
    ]);
  });

  test('a group below k is merged with the next-smallest group', () => {
    expect(mergeSmallGroups({ direct_report: 6, peer: 4, manager: 1 }, 3)).toEqual([
      { label: 'Direct report', groups: ['direct_report'], count: 6 },
      { label: 'Others', groups: ['peer', 'manager', 'other'], count: 5 },
    ]);
  });

  test('small groups that reach k together are merged without taking in a larger group', () => {
    expect(mergeSmallGroups({ direct_report: 5, peer: 2, other: 2 }, 3)).toEqual([
      { label: 'Direct report', groups: ['direct_report'], count: 5 },
      { label: 'Others', groups: ['peer', 'manager', 'other'], count: 4 },
    ]);
  });

  test('equally small groups are taken into Others in the fixed group order', () => {
    expect(mergeSmallGroups({ direct_report: 3, peer: 3, other: 1 }, 3)).toEqual([
      { label: 'Peer', groups: ['peer'], count: 3 },
      { label: 'Others', groups: ['direct_report', 'manager', 'other'], count: 4 },
    ]);
  });

  test('Others lists every group not shown alone, so it does not reveal which groups answered', () => {
    const withManager = mergeSmallGroups({ direct_report: 5, peer: 2, manager: 1 }, 3);
    const withoutManager = mergeSmallGroups({ direct_report: 5, peer: 3 }, 3);
    expect(withManager[1]?.groups).toEqual(['peer', 'manager', 'other']);
    expect(withoutManager.map(({ groups }) => groups)).toEqual([['direct_report'], ['peer']]);
  });

  test('groups nobody answered from are not shown', () => {
    expect(mergeSmallGroups({ direct_report: 5, peer: 0, other: 0 }, 5)).toEqual([
      { label: 'Direct report', groups: ['direct_report'], count: 5 },
    ]);
  });

  test('no groups are shown when everyone together is fewer than k', () => {
    expect(mergeSmallGroups({ direct_report: 2, peer: 1, other: 1 }, 5)).toEqual([]);
  });

  test('no groups are shown when merging would put everyone into Others', () => {
    expect(mergeSmallGroups({ direct_report: 3, peer: 2 }, 3)).toEqual([]);
  });

  test('a threshold below the floor of 3 is refused', () => {
    expect(() => mergeSmallGroups({ direct_report: 2 }, 2)).toThrow(RangeError);
  });
});

const countsArbitrary = fc.record(
  Object.fromEntries(relationshipGroups.map((group) => [group, fc.nat({ max: 15 })])) as Record<
    RelationshipGroup,
    fc.Arbitrary<number>
  >,
  { requiredKeys: [] },
);
const kArbitrary = fc.integer({ min: 3, max: 10 });
const manyCases = { numRuns: 5000 };

describe('mergeSmallGroups, over thousands of random group sizes', () => {
  test('every displayed group rests on at least k people', () => {
    fc.assert(
      fc.property(countsArbitrary, kArbitrary, (counts, k) => {
        for (const { count } of mergeSmallGroups(counts, k)) expect(count).toBeGreaterThanOrEqual(k);
      }),
      manyCases,
    );
  });

  test('the displayed groups partition everyone counted, or none are shown', () => {
    fc.assert(
      fc.property(countsArbitrary, kArbitrary, (counts, k) => {
        const displayed = mergeSmallGroups(counts, k);
        if (displayed.length === 0) return;
        const listed = displayed.flatMap(({ groups }) => groups);
        expect(new Set(listed).size).toBe(listed.length);
        for (const group of relationshipGroups) {
          if ((counts[group] ?? 0) > 0) expect(listed).toContain(group);
        }
        for (const { groups, count } of displayed) {
          expect(count).toBe(groups.reduce((total, group) => total + (counts[group] ?? 0), 0));
        }
      }),
      manyCases,
    );
  });

  test('a merged figure always mixes at least two groups that answered, so no member can be isolated', () => {
    fc.assert(
      fc.property(countsArbitrary, kArbitrary, (counts, k) => {
        for (const { groups } of mergeSmallGroups(counts, k)) {
          if (groups.length > 1) {
            expect(groups.filter((group) => (counts[group] ?? 0) > 0).length).toBeGreaterThanOrEqual(2);
          }
        }
      }),
      manyCases,
    );
  });

  test('a group of k or more is merged only when it is the smallest one needed to bring Others to k', () => {
    fc.assert(
      fc.property(countsArbitrary, kArbitrary, (counts, k) => {
        const countOf = (group: RelationshipGroup) => counts[group] ?? 0;
        const others = mergeSmallGroups(counts, k).find(({ groups }) => groups.length > 1);
        if (others === undefined) return;
        const largeMerged = others.groups.filter((group) => countOf(group) >= k);
        expect(largeMerged.length).toBeLessThanOrEqual(1);
        const smallTotal = others.count - largeMerged.reduce((total, group) => total + countOf(group), 0);
        expect(largeMerged.length === 1).toBe(smallTotal < k);
        for (const merged of largeMerged) {
          for (const group of relationshipGroups.filter((shown) => !others.groups.includes(shown))) {
            expect(countOf(group)).toBeGreaterThanOrEqual(countOf(merged));
          }
        }
      }),
      manyCases,
    );
  });

  test('a breakdown is shown whenever one is possible', () => {
    fc.assert(
      fc.property(countsArbitrary, kArbitrary, (counts, k) => {
        const present = relationshipGroups.map((group) => counts[group] ?? 0).filter((count) => count > 0);
        const total = present.reduce((sum, count) => sum + count, 0);
        const large = present.filter((count) => count >= k).sort((a, b) => a - b);
        const small = total - large.reduce((sum, count) => sum + count, 0);
        const groupsLeftAlone = small === 0 ? large.length : small >= k ? large.length : large.length - 1;
        const possible = total >= k && groupsLeftAlone >= 1;
        expect(mergeSmallGroups(counts, k).length > 0).toBe(possible);
      }),
      manyCases,
    );
  });
});
