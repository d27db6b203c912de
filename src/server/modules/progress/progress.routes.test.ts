import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { CycleProgress } from '../../../shared/progress';
import { storeClosedRound } from './closed-round.fixtures';
import { behaviorQuestion, changeQuestion } from './progress.fixtures';

const commitmentInput = {
  situation: 'When someone brings me a problem',
  action: 'I will ask what they tried before I suggest anything',
  frequency: 'Every time',
  noticedBy: 'They will hear a question before any advice',
};

describeEachEngine('cycle progress', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-03-20T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function cycleWithCommitments() {
    const setup = await leaderWithCycle(testApp);
    const ids: string[] = [];
    for (const action of [commitmentInput.action, 'I will summarize what I heard before I reply']) {
      const saved = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/commitments`, {
        ...commitmentInput,
        action,
      });
      expect(saved.status).toBe(201);
      ids.push(((await saved.json()) as { commitment: { id: string } }).commitment.id);
    }
    return { ...setup, commitmentIds: ids };
  }

  async function progressOf(client: TestApp['client'] extends () => infer C ? C : never, cycleId: string) {
    const response = await client.get(`/api/cycles/${cycleId}/progress`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { progress: CycleProgress }).progress;
  }

  /** Three raters for the first commitment; only two rate the second, so its figure is hidden. */
  async function storeMiniSurvey(cycleId: string, [first, second]: string[]) {
    const a = changeQuestion(first as string);
    const b = changeQuestion(second as string);
    return storeClosedRound(testApp.deps.repos, {
      cycleId,
      kind: 'mini_survey',
      questions: [a, b],
      answers: [
        ['direct_report', { [a.id]: 2, [b.id]: -2 }],
        ['direct_report', { [a.id]: 2, [b.id]: -1 }],
        ['peer', { [a.id]: 1, [b.id]: null }],
      ],
      closedAt: '2026-03-15T12:00:00.000Z',
    });
  }

  test('a released mini-survey shows each commitment’s mean and share at +1 or better, dated the day it closed', async () => {
    const { leader, cycle, commitmentIds } = await cycleWithCommitments();
    const roundId = await storeMiniSurvey(cycle.id, commitmentIds);
    const progress = await progressOf(leader.client, cycle.id);
    expect(progress.miniSurveys).toEqual([
      expect.objectContaining({
        roundId,
        date: '2026-03-15',
        released: true,
        // Both, in the cycle's order of commitments: for two saved at one instant, by id.
        byCommitment: [
          {
            commitmentId: commitmentIds[0],
            figure: { n: 3, mean: 5 / 3, shareImproved: 1, realProgress: true },
          },
          { commitmentId: commitmentIds[1], figure: null },
        ].sort((a, b) => (a.commitmentId as string).localeCompare(b.commitmentId as string)),
      }),
    ]);
  });

  test('the overall figure rests only on released commitment figures, never on hidden ratings', async () => {
    const { leader, cycle, commitmentIds } = await cycleWithCommitments();
    await storeMiniSurvey(cycle.id, commitmentIds);
    const progress = await progressOf(leader.client, cycle.id);
    expect(progress.miniSurveys[0]?.overall).toEqual({
      n: 3,
      mean: 5 / 3,
      shareImproved: 1,
      realProgress: true,
    });
    expect(JSON.stringify(progress)).not.toContain('-1.5');
  });

  test('daily effort is averaged per ISO week over the cycle’s check-ins', async () => {
    const { leader, cycle, commitmentIds } = await cycleWithCommitments();
    for (const [day, score] of [
      ['2026-03-14', 6],
      ['2026-03-15', 8],
      ['2026-03-16', 9],
    ] as const) {
      const saved = await leader.client.put(`/api/commitments/${commitmentIds[0]}/checkins/${day}`, {
        score,
      });
      expect(saved.status).toBe(200);
    }
    const progress = await progressOf(leader.client, cycle.id);
    expect(progress.effort.weeks).toEqual([
      { weekStart: '2026-03-09', isoWeek: '2026-W11', average: 7, checkIns: 2 },
      { weekStart: '2026-03-16', isoWeek: '2026-W12', average: 9, checkIns: 1 },
    ]);
  });

  test('self versus others compares the baseline with the listening round’s released means', async () => {
    const { leader, cycle } = await cycleWithCommitments();
    const [first, second] = cycle.competency.behaviors;
    await leader.client.put(`/api/cycles/${cycle.id}`, {
      problem: cycle.problem,
      goal: cycle.goal,
      baseline: { [first?.key as string]: 2, [second?.key as string]: 4 },
    });
    const q1 = behaviorQuestion(first?.key as string);
    const q2 = behaviorQuestion(second?.key as string);
    await storeClosedRound(testApp.deps.repos, {
      cycleId: cycle.id,
      kind: 'listening',
      questions: [q1, q2],
      answers: [
        ['peer', { [q1.id]: 4, [q2.id]: 1 }],
        ['peer', { [q1.id]: 5, [q2.id]: null }],
        ['peer', { [q1.id]: 3, [q2.id]: null }],
      ],
      closedAt: '2026-02-20T12:00:00.000Z',
    });
    const { selfVsOthers } = await progressOf(leader.client, cycle.id);
    expect(selfVsOthers.released).toBe(true);
    expect(selfVsOthers.behaviors.slice(0, 2).map((row) => [row.self, row.others])).toEqual([
      [2, { n: 3, mean: 4 }],
      [4, null],
    ]);
  });

  test('progress carries the goal, competency, commitments and dated rounds a printed report needs', async () => {
    const { leader, cycle, commitmentIds } = await cycleWithCommitments();
    const roundId = await storeMiniSurvey(cycle.id, commitmentIds);
    const progress = await progressOf(leader.client, cycle.id);
    expect(progress.cycle.goal).toBe(cycle.goal);
    expect(progress.competency.key).toBe('listening-with-empathy');
    expect(progress.commitments.map((commitment) => commitment.id).sort()).toEqual([...commitmentIds].sort());
    expect(progress.rounds).toEqual([
      expect.objectContaining({ id: roundId, kind: 'mini_survey', closedAt: '2026-03-15T12:00:00.000Z' }),
    ]);
    expect(progress.timeline).toEqual({ from: '2026-03-20', to: '2026-03-20' });
  });

  test('the CSV download is an attachment of aggregated figures in which a hidden figure stays hidden', async () => {
    const { leader, cycle, commitmentIds } = await cycleWithCommitments();
    await storeMiniSurvey(cycle.id, commitmentIds);
    const response = await leader.client.get(`/api/cycles/${cycle.id}/progress.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'section,date,round_id,subject,n,mean,share_improved,real_progress,check_ins,status',
    );
    const second = lines.find((line) => line.includes('summarize what I heard'));
    expect(second).toMatch(/hidden: fewer than k ratings$/);
    expect(second).not.toMatch(/-1\.5|,2,/);
  });
});
