import { describe, expect, test } from 'vitest';
import type { Answers, RelationshipGroup } from '../../../shared/questions';
import type { ReleasedResults } from '../../../shared/round-results';
import { behaviorQuestion, changeQuestion, releasedRound } from '../progress/progress.fixtures';
import { chooseSource, groupPerceptions } from './relationships.models';

const a = changeQuestion('commitment-a');
const b = changeQuestion('commitment-b');

function released(questions = [a], answers: [RelationshipGroup, Answers][]): ReleasedResults {
  const results = releasedRound(questions, answers);
  if (!results.released) throw new Error('expected released results');
  return results;
}

const times = (count: number, group: RelationshipGroup, answers: Answers) =>
  Array.from({ length: count }, (): [RelationshipGroup, Answers] => [group, answers]);

describe('coloring relationship groups', () => {
  test('a group rated by at least k people is colored by its own mean and share at +1 or better', () => {
    const results = released(
      [a],
      [...times(3, 'direct_report', { [a.id]: 2 }), ...times(3, 'peer', { [a.id]: 0 })],
    );
    expect(groupPerceptions(results, 'mini_survey').direct_report).toEqual({
      mean: 2,
      shareImproved: 1,
      label: 'Direct report',
      groups: ['direct_report'],
    });
  });

  test('a group merged to reach k is colored by the merged set, never by a figure of its own', () => {
    const results = released(
      [a],
      [
        ...times(3, 'direct_report', { [a.id]: 3 }),
        ...times(3, 'peer', { [a.id]: 0 }),
        ['manager', { [a.id]: -3 }],
      ],
    );
    const perceptions = groupPerceptions(results, 'mini_survey');
    expect(perceptions.manager).toEqual(perceptions.direct_report);
    expect(perceptions.manager).toMatchObject({ label: 'Others', mean: 6 / 4 });
    expect(perceptions.manager?.groups).toEqual(['direct_report', 'manager', 'other']);
  });

  test('no group is colored when the round allowed no breakdown', () => {
    const results = released([a], [...times(3, 'direct_report', { [a.id]: 1 }), ['peer', { [a.id]: 1 }]]);
    expect(groupPerceptions(results, 'mini_survey')).toEqual({});
  });

  test('a question without a breakdown leaves the colors to the questions that had one', () => {
    const results = released(
      [a, b],
      [
        ...times(3, 'direct_report', { [a.id]: 1, [b.id]: 1 }),
        ...times(2, 'peer', { [a.id]: 1, [b.id]: 1 }),
        ['peer', { [a.id]: 1, [b.id]: null }],
        ...times(3, 'manager', { [a.id]: 2, [b.id]: 0 }),
      ],
    );
    const perceptions = groupPerceptions(results, 'mini_survey');
    // One peer could not judge b, so b shows no groups at all and only a colors the map.
    expect(perceptions.peer).toMatchObject({ groups: ['peer'], mean: 1 });
    expect(perceptions.manager).toMatchObject({ groups: ['manager'], mean: 2 });
  });

  test('a listening round colors by its behavior means, with no share improved', () => {
    const pause = behaviorQuestion('pause');
    const results = released(
      [pause],
      [...times(3, 'peer', { [pause.id]: 4 }), ...times(3, 'manager', { [pause.id]: 2 })],
    );
    expect(groupPerceptions(results, 'listening').peer).toMatchObject({ mean: 4, shareImproved: null });
  });
});

describe('choosing what colors the map', () => {
  test('the latest released mini-survey wins over any listening round', () => {
    const chosen = chooseSource([
      { kind: 'mini_survey', closedAt: '2026-01-01', released: true, id: 1 },
      { kind: 'mini_survey', closedAt: '2026-03-01', released: true, id: 2 },
      { kind: 'mini_survey', closedAt: '2026-04-01', released: false, id: 3 },
      { kind: 'listening', closedAt: '2026-05-01', released: true, id: 4 },
    ]);
    expect(chosen?.id).toBe(2);
  });

  test('without a released mini-survey the latest released listening round colors the map', () => {
    const chosen = chooseSource([
      { kind: 'listening', closedAt: '2026-05-01', released: true, id: 4 },
      { kind: 'pulse', closedAt: '2026-06-01', released: true, id: 5 },
    ]);
    expect(chosen?.id).toBe(4);
  });
});
