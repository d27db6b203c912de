import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cycleStages } from '../../../shared/cycles';
import type { InsightFilter } from '../../../shared/programs';
import { noParticipation, participant } from './program-insight.fixtures';
import { figureBases, type ParticipantFacts, programBlocks, programInsight } from './program-insight.models';

const k = 3;
const listening = (n: number, overrides: Partial<ParticipantFacts> = {}) =>
  Array.from({ length: n }, () => participant(overrides));
const coaching = (n: number, overrides: Partial<ParticipantFacts> = {}) =>
  listening(n, { competencyKey: 'coaching', competencyName: 'Coaching', ...overrides });
const insightOf = (people: ParticipantFacts[], filter: InsightFilter = {}) =>
  programInsight(people, noParticipation, k, filter);

describe('programBlocks', () => {
  test('a competency with at least k leaders is a group of its own', () => {
    expect(
      programBlocks([...listening(3), ...coaching(4)], k).map((block) => [block.key, block.members.length]),
    ).toEqual([
      ['coaching', 4],
      ['listening', 3],
    ]);
  });

  test('competencies below k are merged into "Other competencies", with the next-smallest group until it reaches k', () => {
    const people = [...listening(5), ...coaching(3), participant({ competencyKey: 'delegating' })];
    expect(programBlocks(people, k).map((block) => [block.label, block.members.length])).toEqual([
      ['Listening', 5],
      ['Other competencies', 4],
    ]);
  });

  test('fewer than k leaders in the whole program make no group at all', () => {
    expect(programBlocks(listening(2), k)).toEqual([]);
  });
});

describe('programInsight', () => {
  test('with fewer than k leaders every figure says "not enough data"', () => {
    const insight = insightOf(listening(2));
    expect(insight.funnel).toEqual({ shown: false });
    expect(insight.followUpRate).toEqual({ shown: false });
    expect(insight.changeByGroup).toEqual([]);
  });

  test('the stage funnel counts how many leaders reached each stage', () => {
    const insight = insightOf([...listening(2, { stage: 'commit' }), participant({ stage: 'listen' })]);
    expect(insight.funnel).toMatchObject({ shown: true, leaders: 3 });
    const reached = insight.funnel.shown ? insight.funnel.stages.map((stage) => stage.reached) : [];
    expect(reached).toEqual([3, 3, 2, 0, 0, 0, 0]);
  });

  test('the follow-up rate is the share of leaders who listened and then followed up', () => {
    const people = [
      ...listening(3, { followUpRounds: 2 }),
      participant({ followUpRounds: 0 }),
      participant({ listened: false }),
    ];
    expect(insightOf(people).followUpRate).toEqual({ shown: true, leaders: 4, share: 0.75 });
  });

  test('perceived change is shown per group only when k leaders of it have a released mini-survey', () => {
    const people = [
      ...listening(3, { change: 2.5 }),
      ...coaching(2, { change: -1 }),
      ...coaching(1, { change: null }),
    ];
    const [coachingFigure, listeningFigure] = insightOf(people).changeByGroup;
    expect(coachingFigure).toMatchObject({ key: 'coaching', figure: { shown: false } });
    expect(listeningFigure?.figure).toMatchObject({ shown: true, leaders: 3, mean: 2.5 });
  });

  test('follow-up against perceived change is one point per group of at least k leaders', () => {
    const people = [
      ...listening(3, { followUpLevel: 3, change: 2 }),
      ...coaching(3, { followUpLevel: 0, change: 0.2 }),
    ];
    expect(insightOf(people).followUpVsChange.map((point) => [point.key, point.figure])).toEqual([
      ['coaching', { shown: true, leaders: 3, followUp: 0, change: 0.2 }],
      ['listening', { shown: true, leaders: 3, followUp: 3, change: 2 }],
    ]);
  });

  test('a date range that cuts a group leaves the whole group out, never one leader', () => {
    const people = [...listening(2), participant({ startedOn: '2026-04-20' }), ...coaching(3)];
    const insight = insightOf(people, { from: '2026-03-01', to: '2026-03-31' });
    expect(insight.groupsLeftOut).toBe(1);
    expect(insight.funnel).toMatchObject({ shown: true, leaders: 3 });
    expect(insight.changeByGroup.map((group) => group.key)).toEqual(['coaching']);
  });

  test('filtering by a group that does not exist shows nothing', () => {
    expect(insightOf(listening(4), { group: 'coaching' }).funnel).toEqual({ shown: false });
  });
});

/**
 * The sets of leaders the figures of one view rest on, by what they measure: subtracting one figure
 * from another only tells something when both measure the same thing (stages, following up, change).
 */
function basesOf(list: ParticipantFacts[], filter: InsightFilter): Record<string, number[][]> {
  const bases = figureBases(list, k, filter);
  const rows = (sets: ParticipantFacts[][]) =>
    sets.filter((set) => set.length > 0).map((set) => list.map((facts) => (set.includes(facts) ? 1 : 0)));
  return {
    stage: rows([bases.funnel]),
    followingUp: rows([bases.followUpRate]),
    change: rows([
      ...bases.changeByGroup.map(({ facts }) => facts),
      ...bases.followUpVsChange.map(({ change }) => change),
    ]),
    followUpLevel: rows(bases.followUpVsChange.map(({ followUp }) => followUp)),
  };
}

function rank(rows: number[][]): number {
  const matrix = rows.map((row) => [...row]);
  let r = 0;
  const columns = matrix[0]?.length ?? 0;
  for (let c = 0; c < columns && r < matrix.length; c++) {
    const pivot = matrix.findIndex((row, index) => index >= r && Math.abs(row[c] as number) > 1e-9);
    if (pivot < 0) continue;
    [matrix[r], matrix[pivot]] = [matrix[pivot] as number[], matrix[r] as number[]];
    const lead = matrix[r] as number[];
    for (const [index, row] of matrix.entries()) {
      if (index === r) continue;
      const factor = (row[c] as number) / (lead[c] as number);
      for (let j = c; j < columns; j++) row[j] = (row[j] as number) - factor * (lead[j] as number);
    }
    r++;
  }
  return r;
}

const arbitraryParticipant = fc.record({
  competencyKey: fc.constantFrom('listening', 'coaching', 'delegating', 'feedback'),
  startedOn: fc.constantFrom('2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10'),
  stage: fc.constantFrom(...cycleStages),
  listened: fc.boolean(),
  followUpRounds: fc.nat(3),
  change: fc.option(fc.constantFrom(-1, 0, 0.5, 1.5, 2.5)),
  followUpLevel: fc.option(fc.constantFrom(0, 1, 2, 3)),
});
const arbitraryFilter = fc.record(
  {
    group: fc.constantFrom('listening', 'coaching', 'delegating', 'feedback', 'others', 'all'),
    from: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'),
    to: fc.constantFrom('2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'),
  },
  { requiredKeys: [] },
);

describe('program figures and anonymity (properties)', () => {
  const people = fc
    .array(arbitraryParticipant, { minLength: 0, maxLength: 12 })
    .map((list) => list.map((facts) => participant({ ...facts, competencyName: facts.competencyKey })));

  test('every figure shown rests on at least k leaders, whatever the filter', () => {
    fc.assert(
      fc.property(people, arbitraryFilter, (list, filter) => {
        const insight = insightOf(list, filter);
        const shown = [
          insight.funnel,
          insight.followUpRate,
          ...insight.changeByGroup.map((g) => g.figure),
          ...insight.followUpVsChange.map((g) => g.figure),
        ];
        for (const figure of shown) if (figure.shown) expect(figure.leaders).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: 300 },
    );
  });

  test("no combination of figures across filters and date ranges singles out one leader's data", () => {
    fc.assert(
      fc.property(people, fc.array(arbitraryFilter, { minLength: 1, maxLength: 5 }), (list, filters) => {
        const views = [{}, ...filters].map((filter) => basesOf(list, filter));
        for (const measure of ['stage', 'followingUp', 'change', 'followUpLevel']) {
          const sets = views.flatMap((view) => view[measure] ?? []);
          for (const set of sets) expect(set.filter((cell) => cell === 1).length).toBeGreaterThanOrEqual(k);
          if (sets.length === 0) continue;
          // A leader is singled out when their own indicator is a combination of the figures' sets.
          const r = rank(sets);
          list.forEach((_, index) => {
            const alone = list.map((__, j) => (j === index ? 1 : 0));
            expect(rank([...sets, alone])).toBe(r + 1);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
