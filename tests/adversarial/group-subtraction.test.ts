import { describe, expect, test } from 'vitest';
import { listeningRating, release, responseFrom } from '../../src/server/modules/rounds/release.fixtures';
import { mergeSmallGroups } from '../../src/shared/group-merging';
import { type RelationshipGroup, relationshipGroups } from '../../src/shared/questions';
import type { RatingResult } from '../../src/shared/round-results';

/** Attacks on the group breakdown: subtracting shown figures to compute a hidden person. */

const k = 3;
const rating = (group: RelationshipGroup, listening: number | null, change: number | null = 1) =>
  responseFrom(group, { listening, change, feedforward: 'Ask first', 'follow-up': 'once' });

function listeningResult(results: ReturnType<typeof release>): RatingResult {
  return results.ratings.find((result) => result.questionId === listeningRating.id) as RatingResult;
}

/** The groups a breakdown leaves out: what "overall minus every shown group" would be made of. */
function groupsLeftOut(result: RatingResult): RelationshipGroup[] {
  const shown = new Set(result.byGroup.flatMap(({ groups }) => groups));
  return relationshipGroups.filter((group) => !shown.has(group));
}

describe('subtraction through group breakdowns', () => {
  test('attack: subtract the direct reports from the overall to get the lone manager', () => {
    const result = listeningResult(
      release([
        rating('direct_report', 4),
        rating('direct_report', 4),
        rating('direct_report', 4),
        rating('manager', 1),
      ]),
    );
    expect(result.overall?.n).toBe(4);
    // Showing "Direct report" (3) beside the overall (4) would reveal the manager's 1.
    expect(result.byGroup).toEqual([]);
  });

  test('attack: subtract a shown group from the overall when two tiny groups hide behind "Others"', () => {
    const result = listeningResult(
      release([
        ...[5, 5, 5].map((value) => rating('peer', value)),
        ...[2, 3, 4].map((value) => rating('direct_report', value)),
        rating('manager', 1),
        rating('other', 5),
      ]),
    );
    expect(result.byGroup.length).toBeGreaterThan(0);
    expect(groupsLeftOut(result)).toEqual([]);
    expect(result.byGroup.some((group) => group.groups.length === 1 && group.groups[0] === 'manager')).toBe(
      false,
    );
  });

  test('attack: make a group answer "don\'t know" on one question to leave a single rater exposed', () => {
    const result = listeningResult(
      release([
        rating('direct_report', 5),
        rating('direct_report', null),
        rating('direct_report', null),
        ...[3, 3, 3].map((value) => rating('peer', value)),
      ]),
    );
    expect(result.overall?.n).toBe(4);
    // The three peers alone beside the overall of four would expose the one direct report who rated.
    expect(result.byGroup).toEqual([]);
  });

  test('attack: compare the same group across two questions where one member skipped the second', () => {
    const results = release([
      ...[4, 4, 4].map((value) => rating('direct_report', value, 2)),
      ...[2, 2].map((value) => rating('peer', value, -1)),
      rating('manager', 1, null),
    ]);
    for (const result of results.ratings) {
      expect(groupsLeftOut(result).length === 0 || result.byGroup.length === 0).toBe(true);
    }
    const change = results.ratings.find((result) => result.questionId === 'change') as RatingResult;
    // Without the manager, "Others" would be two peers: below k, so the change question shows no groups.
    expect(change.byGroup).toEqual([]);
  });

  test('attack: read which groups answered from the members listed under "Others"', () => {
    const displayed = mergeSmallGroups({ peer: 3, direct_report: 3, manager: 1 }, k);
    const others = displayed.find((group) => group.label === 'Others');
    // "Others" names every hidden group, including "other" from which nobody answered.
    expect(others?.groups).toEqual(expect.arrayContaining(['manager', 'other']));
  });

  test('attack: add enough people to one group so that only a single person is left in "Others"', () => {
    for (let reports = 3; reports <= 12; reports++) {
      for (let managers = 1; managers <= 2; managers++) {
        const displayed = mergeSmallGroups({ direct_report: reports, manager: managers }, k);
        for (const group of displayed) expect(group.count).toBeGreaterThanOrEqual(k);
        const total = displayed.reduce((sum, group) => sum + group.count, 0);
        expect(total === reports + managers || displayed.length === 0).toBe(true);
      }
    }
  });
});
