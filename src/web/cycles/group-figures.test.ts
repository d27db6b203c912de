import { describe, expect, test } from 'vitest';
import type { RelationshipGroup } from '../../shared/questions';
import { groupFiguresPlan } from './group-figures';

const people = (counts: Partial<Record<RelationshipGroup, number>>) =>
  Object.entries(counts).flatMap(([group, count]) =>
    Array<RelationshipGroup>(count).fill(group as RelationshipGroup),
  );

describe('telling a leader, before a round opens, how its results will be grouped', () => {
  test('with 2 direct reports, 2 peers, 1 manager and 1 other, no group ever gets figures of its own', () => {
    expect(groupFiguresPlan(people({ direct_report: 2, peer: 2, manager: 1, other: 1 }), 3)).toEqual({
      kind: 'together-only',
      total: 6,
      reason: 'no-group-reaches-k',
    });
  });

  test('a group of k or more is shown on its own and the small ones are merged into Others', () => {
    expect(groupFiguresPlan(people({ direct_report: 4, peer: 2, manager: 1 }), 3)).toEqual({
      kind: 'by-group',
      total: 7,
      own: [{ group: 'direct_report', count: 4 }],
      others: { groups: ['peer', 'manager'], count: 3 },
    });
  });

  test('every group reaching k is shown on its own, with no Others', () => {
    const plan = groupFiguresPlan(people({ direct_report: 3, peer: 3 }), 3);
    expect(plan).toMatchObject({ kind: 'by-group', others: null });
  });

  test('one large group and a too-small rest show everyone together, as Others would repeat the total', () => {
    expect(groupFiguresPlan(people({ direct_report: 4, manager: 1 }), 3)).toMatchObject({
      kind: 'together-only',
      reason: 'rest-too-small',
    });
  });

  test('everyone in one group is shown together', () => {
    expect(groupFiguresPlan(people({ peer: 5 }), 3)).toMatchObject({
      kind: 'together-only',
      reason: 'one-group',
    });
  });

  test('fewer than k people can show nothing at all', () => {
    expect(groupFiguresPlan(people({ peer: 2 }), 3)).toEqual({ kind: 'too-few', total: 2 });
  });
});
