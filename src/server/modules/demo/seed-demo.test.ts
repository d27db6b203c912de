import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { CoacheeSummary, CoacheeView } from '../../../shared/coaching';
import type { CycleDetail } from '../../../shared/cycles';
import type { Announcement, CheckinsView, Commitment } from '../../../shared/plans';
import type { ProgramDetail, ProgramInsight, ProgramSummary } from '../../../shared/programs';
import type { CycleProgress } from '../../../shared/progress';
import type { RelationshipsMap } from '../../../shared/relationships';
import { demoProgram, demoProgramSplitDay } from './demo-program';
import { demoAccount, seedDemoWhenEmpty } from './seed-demo';

/** What README's demo sign-in said before each install made its own. */
const oldPublicPassword = 'show-me-feedforward';

describeEachEngine('demo workspace', (engine) => {
  let testApp: TestApp;
  // With SMTP set, so a job seeded in the past would show itself by queuing mail.
  const openApp = () => createTestApp(engine, { env: { SMTP_URL: 'smtp://127.0.0.1:1', SEED_DEMO: 'true' } });

  /** Seeds the demo and signs in as its leader, as someone exploring the product would. */
  async function demoCycle() {
    const demo = await seedDemoWhenEmpty(testApp.deps);
    expect(demo).not.toBeNull();
    const client = testApp.client();
    expect((await client.post('/api/auth/sign-in', demo)).status).toBe(200);
    const get = async <T>(path: string) => {
      const response = await client.get(path);
      expect(response.status, path).toBe(200);
      return (await response.json()) as T;
    };
    const { workspaces } = await get<{ workspaces: { id: string; kind: string }[] }>('/api/workspaces');
    const organization = workspaces.find((workspace) => workspace.kind === 'organization');
    const { cycles } = await get<{ cycles: { id: string }[] }>(`/api/workspaces/${organization?.id}/cycles`);
    const cycleId = cycles[0]?.id as string;
    const { cycle } = await get<{ cycle: CycleDetail }>(`/api/cycles/${cycleId}`);
    return { get, cycleId, cycle, workspaceId: organization?.id as string };
  }

  // Seeded once: these only read what the demo holds.
  describe('seeded once, read as its leader', () => {
    let demo: Awaited<ReturnType<typeof demoCycle>>;
    beforeAll(async () => {
      testApp = await openApp();
      demo = await demoCycle();
    }, 120_000);
    afterAll(async () => {
      await testApp?.dispose();
    });

    test('an empty database gets the demo, with a released listening round to explore', async () => {
      const { get, cycle } = demo;
      const listening = cycle.rounds.find((round) => round.kind === 'listening');
      const round = await get<{ results: { released: boolean } }>(`/api/rounds/${listening?.id}`);
      expect(round.results.released).toBe(true);
    });

    test('the demo plan has two active commitments that pass the quality check', async () => {
      const { get, cycleId } = demo;
      const { commitments } = await get<{ commitments: Commitment[] }>(`/api/cycles/${cycleId}/commitments`);
      expect(commitments.filter((commitment) => commitment.status === 'active')).toHaveLength(2);
      expect(commitments.flatMap((commitment) => commitment.flags)).toEqual([]);
    });

    test('the demo leader told the team: the announcement was sent', async () => {
      const { get, cycleId } = demo;
      const { announcement } = await get<{ announcement: Announcement | null }>(
        `/api/cycles/${cycleId}/announcement`,
      );
      expect(announcement?.sentAt).toEqual(expect.any(String));
    });

    test('the demo has daily check-ins across several weeks, with effort rising', async () => {
      const { get, cycleId } = demo;
      const view = await get<CheckinsView>(`/api/cycles/${cycleId}/checkins`);
      const weeks = view.dailyEffortByWeek.filter((week) => week.checkIns > 0);
      expect(weeks.length).toBeGreaterThanOrEqual(4);
      const first = weeks[0]?.average ?? 0;
      const last = weeks.at(-1)?.average ?? 0;
      expect(last).toBeGreaterThan(first);
      expect(view.checkins.some((checkin) => checkin.day === view.today)).toBe(false);
    });

    test('the demo progress shows a released mini-survey whose mean change is above +1', async () => {
      const { get, cycleId } = demo;
      const { progress } = await get<{ progress: CycleProgress }>(`/api/cycles/${cycleId}/progress`);
      expect(progress.miniSurveys).toHaveLength(1);
      const [survey] = progress.miniSurveys;
      expect(survey?.released).toBe(true);
      expect(survey?.responseCount).toBe(6);
      expect(survey?.overall?.realProgress).toBe(true);
      expect(survey?.byCommitment.map((commitment) => commitment.figure?.mean ?? null)).not.toContain(null);
      expect(progress.selfVsOthers.released).toBe(true);
    });

    test('the demo relationships map is colored by the mini-survey, per group that reaches k', async () => {
      const { get, workspaceId } = demo;
      const map = await get<RelationshipsMap>(`/api/workspaces/${workspaceId}/relationships`);
      expect(map.source?.kind).toBe('mini_survey');
      const colored = map.groups.filter((group) => group.perceivedChange !== null);
      expect(colored.map((group) => group.group)).toEqual(['direct_report', 'peer', 'manager']);
    });

    test('the demo cycle stands where the real flow leaves it: practicing', async () => {
      const { cycle } = demo;
      expect(cycle.stage).toBe('practice');
      expect(cycle.rounds.map((round) => [round.kind, round.status])).toEqual([
        ['listening', 'closed'],
        ['mini_survey', 'closed'],
      ]);
    });
  });

  describe('seeded afresh for each', () => {
    beforeEach(async () => {
      testApp = await openApp();
    });
    afterEach(async () => {
      await testApp.dispose();
    });

    test('jobs the demo queued in the past send nothing and change nothing when the server runs them', async () => {
      const { get, cycleId } = await demoCycle();
      const before = await get<{ progress: CycleProgress }>(`/api/cycles/${cycleId}/progress`);
      expect(await testApp.jobRunner.tick()).toBeGreaterThan(0);
      // The program's invitations to made-up addresses are held for the admin to read, never sent.
      const outbox = await testApp.database.db.selectFrom('outbox').select(['subject', 'status']).execute();
      expect(outbox.filter((mail) => mail.status !== 'held')).toEqual([]);
      expect(outbox).toHaveLength(demoProgram.leaders);
      const after = await get<{ progress: CycleProgress }>(`/api/cycles/${cycleId}/progress`);
      expect(after.progress.rounds).toEqual(before.progress.rounds);
    });

    test('the old public password does not work on a fresh install; the one shown does', async () => {
      const demo = await seedDemoWhenEmpty(testApp.deps);
      expect(demo?.password).not.toBe(oldPublicPassword);
      const client = testApp.client();
      const old = await client.post('/api/auth/sign-in', {
        email: demoAccount.email,
        password: oldPublicPassword,
      });
      expect(old.status).toBe(400);
      expect(((await old.json()) as { error: { code: string } }).error.code).toBe('wrong_credentials');
      expect((await client.get('/api/auth/me')).status).toBe(401);
      expect((await client.post('/api/auth/sign-in', demo)).status).toBe(200);
    });

    test('a database with any account is left alone', async () => {
      await seedDemoWhenEmpty(testApp.deps);
      expect(await seedDemoWhenEmpty(testApp.deps)).toBeNull();
      const users = await testApp.database.db.selectFrom('users').select('id').execute();
      expect(users).toHaveLength(1 + demoProgram.leaders);
    });
  });
});

describeEachEngine('demo program', (engine) => {
  // Seeded once: these only read what the demo holds.
  let testApp: TestApp;
  let get: <T>(path: string) => Promise<T>;
  let program: ProgramSummary;
  beforeAll(async () => {
    testApp = await createTestApp(engine, { env: { SEED_DEMO: 'true' } });
    const demo = await seedDemoWhenEmpty(testApp.deps);
    const client = testApp.client();
    expect((await client.post('/api/auth/sign-in', demo)).status).toBe(200);
    get = async <T>(path: string) => {
      const response = await client.get(path);
      expect(response.status, path).toBe(200);
      return (await response.json()) as T;
    };
    const { workspaces } = await get<{ workspaces: { id: string; kind: string }[] }>('/api/workspaces');
    const organization = workspaces.find((workspace) => workspace.kind === 'organization');
    const { programs } = await get<{ programs: ProgramSummary[] }>(
      `/api/workspaces/${organization?.id}/programs`,
    );
    expect(programs.map((entry) => entry.name)).toEqual([demoProgram.name]);
    program = programs[0] as ProgramSummary;
  }, 120_000);
  afterAll(async () => {
    await testApp?.dispose();
  });

  test('the demo user runs a program whose leaders all joined, coached by the demo user', async () => {
    expect(program.coach?.name).toBe(demoAccount.name);
    const detail = await get<ProgramDetail>(`/api/programs/${program.id}`);
    expect(detail.enrollments.map((enrollment) => enrollment.status)).toEqual(
      Array.from({ length: demoProgram.leaders }, () => 'enrolled'),
    );
  });

  test('the demo program insight shows real figures, each resting on at least k leaders', async () => {
    const { insight } = await get<{ insight: ProgramInsight }>(`/api/programs/${program.id}/insight`);
    expect(insight.participation).toEqual({ invited: 0, enrolled: 7, removed: 0 });
    expect(insight.groups.map((group) => group.label)).toEqual(['Listening with empathy', 'Giving feedback']);
    expect(insight.funnel.shown && insight.funnel.leaders).toBe(7);
    expect(insight.followUpRate.shown && insight.followUpRate.share).toBe(0.857);
    const means = insight.changeByGroup.map((group) => (group.figure.shown ? group.figure.mean : null));
    expect(means).toEqual([1.8, 0.7]);
    const points = insight.followUpVsChange.map((point) =>
      point.figure.shown ? [point.figure.followUp, point.figure.change] : null,
    );
    // Those who followed up more were seen to change more, as Goldsmith reported.
    expect(points).toEqual([
      [2.7, 1.8],
      [0.8, 0.7],
    ]);
  });

  test('a date filter that cuts both demo groups says "not enough data" for every figure', async () => {
    const from = demoProgramSplitDay(testApp.deps.now());
    const { insight } = await get<{ insight: ProgramInsight }>(
      `/api/programs/${program.id}/insight?from=${from}`,
    );
    expect(insight.groupsLeftOut).toBe(2);
    expect(insight.funnel.shown).toBe(false);
    expect(insight.followUpRate.shown).toBe(false);
    expect(insight.changeByGroup).toEqual([]);
  });

  test('the demo user coaches two consenting program leaders, one of whom shared a practice note', async () => {
    const { coachees } = await get<{ coachees: CoacheeSummary[] }>('/api/coaching/coachees');
    expect(coachees.map((coachee) => coachee.leaderName).sort()).toEqual(demoProgram.coachees);
    const shared = await Promise.all(
      coachees.map(async (coachee) => {
        const { coachee: view } = await get<{ coachee: CoacheeView }>(
          `/api/coaching/${coachee.coachingId}/coachee`,
        );
        expect(view.cycles.map((cycle) => cycle.stage)).toEqual(['practice']);
        return [coachee.leaderName, view.shared.map((item) => item.kind)] as const;
      }),
    );
    expect(Object.fromEntries(shared)).toEqual({ 'Amara Okafor': ['checkin_note'], 'Ben Carter': [] });
  });
});

describeEachEngine('demo on a server', (engine) => {
  test('an https BASE_URL gets no demo account unless SEED_DEMO says so', async () => {
    const testApp = await createTestApp(engine, {
      env: { BASE_URL: 'https://feedforward.example.com', SEED_DEMO: '' },
    });
    try {
      expect(await seedDemoWhenEmpty(testApp.deps)).toBeNull();
      const users = await testApp.database.db.selectFrom('users').select('id').execute();
      expect(users).toEqual([]);
    } finally {
      await testApp.dispose();
    }
  });
});
