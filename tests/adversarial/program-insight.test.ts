import { afterEach, beforeEach, expect, test } from 'vitest';
import { releasedMiniSurvey } from '../../src/server/modules/programs/program-rounds.fixtures';
import { programWithLeaders } from '../../src/server/modules/programs/programs.fixtures';
import type { ProgramInsight } from '../../src/shared/programs';
import { createTestApp, type TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';

/**
 * The program's admin tries to single out one leader, Lee, the only one who started late, through
 * the insight page's filters, dates and the CSV. Lee's stakeholders saw them get worse (-2); everyone
 * else's saw +2, so any figure that moves with Lee gives Lee away.
 */
describeEachEngine('attack: a program admin isolates one leader', (engine) => {
  let testApp: TestApp;
  let program: Awaited<ReturnType<typeof programWithLeaders>>;
  const k = 3;

  beforeEach(async () => {
    testApp = await createTestApp(engine);
    program = await programWithLeaders(testApp, {
      leaders: 7,
      competencies: ['listening-with-empathy', 'coaching'],
    });
    // Leaders 1, 3, 5, 7 chose listening; 2, 4, 6 coaching. Leader 7 (Lee) started a month later.
    for (const [index, leader] of program.leaders.entries()) {
      const late = index === 6;
      await testApp.deps.repos.cycles.update(leader.cycleId, {
        created_at: late ? '2026-04-15T09:00:00.000Z' : '2026-03-02T09:00:00.000Z',
      });
      await releasedMiniSurvey(testApp.deps.repos, leader.cycleId, {
        change: late ? -2 : 2,
        followedUp: late ? 'never' : 'regularly',
      });
    }
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function view(query: string) {
    const response = await program.admin.client.get(`/api/programs/${program.programId}/insight${query}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { insight: ProgramInsight }).insight;
  }

  /** Every leader count and change figure the view shows, by name. */
  function figures(insight: ProgramInsight) {
    const shown = new Map<string, number>();
    if (insight.funnel.shown) shown.set('funnel', insight.funnel.leaders);
    if (insight.followUpRate.shown) shown.set('rate', insight.followUpRate.leaders);
    for (const { key, figure } of insight.changeByGroup)
      if (figure.shown) shown.set(`change:${key}`, figure.leaders);
    return shown;
  }

  test('a date range that leaves out only the late leader leaves out their whole group instead', async () => {
    const all = await view('');
    const early = await view('?to=2026-03-31');
    expect(early.groupsLeftOut).toBe(1);
    expect(
      all.funnel.shown && early.funnel.shown && all.funnel.leaders - early.funnel.leaders,
    ).toBeGreaterThanOrEqual(k);
    // No figure of the early view is Lee's group minus Lee.
    expect(early.changeByGroup.map((group) => group.key)).toEqual(['coaching']);
  });

  test('a group filter and dates together never leave fewer than k leaders between a view and a wider one', async () => {
    // Pairs of views where the first holds everyone the second does: their difference is what subtraction yields.
    const nested = [
      ['', '?to=2026-03-31'],
      ['', '?from=2026-04-01'],
      ['', '?group=listening-with-empathy'],
      ['', '?from=2026-03-02&to=2026-04-14'],
      ['?group=listening-with-empathy', '?group=listening-with-empathy&to=2026-03-31'],
      ['?group=coaching', '?group=coaching&to=2026-03-31'],
    ];
    for (const [wider, narrower] of nested) {
      const a = figures(await view(wider as string));
      const b = figures(await view(narrower as string));
      for (const [name, leaders] of a) {
        const difference = leaders - (b.get(name) ?? 0);
        expect(difference === 0 || difference >= k, `${name} ${wider} against ${narrower}`).toBe(true);
      }
      for (const leaders of b.values()) expect(leaders).toBeGreaterThanOrEqual(k);
    }
  });

  test("no view's perceived change is Lee's alone, and the CSV says no more than the page", async () => {
    for (const query of [
      '',
      '?from=2026-04-01',
      '?group=listening-with-empathy',
      '?from=2026-04-15&to=2026-04-15',
    ]) {
      const insight = await view(query);
      for (const { figure } of insight.changeByGroup) {
        if (figure.shown) expect(figure.mean).not.toBe(-2);
      }
      const csv = await (
        await program.admin.client.get(`/api/programs/${program.programId}/insight.csv${query}`)
      ).text();
      expect(csv).not.toMatch(/,-2,/);
    }
    const lateOnly = await view('?from=2026-04-01');
    expect(lateOnly.funnel).toEqual({ shown: false });
  });

  test('removing a leader does not move the figures, so the difference is not theirs', async () => {
    const before = await view('');
    const { enrollments } = (await (
      await program.admin.client.get(`/api/programs/${program.programId}`)
    ).json()) as {
      enrollments: { id: string; email: string }[];
    };
    const lee = enrollments.find((entry) => entry.email === program.leaders[6]?.user.email);
    await program.admin.client.delete(`/api/programs/${program.programId}/enrollments/${lee?.id}`);
    const after = await view('');
    expect({ ...after, participation: null }).toEqual({ ...before, participation: null });
  });
});
