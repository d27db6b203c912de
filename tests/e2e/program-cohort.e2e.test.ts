import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/shared/calendar';
import { checkAccessibility } from './support/accessibility';
import { newAccount, signUpInContext, type TestAccount } from './support/accounts';
import { type Api, apiFor } from './support/api-client';
import { browserUnavailableReason } from './support/browser';
import { type E2eEnvironment, e2eEnvironmentForTests } from './support/e2e-environment';
import { linkIn } from './support/mail-message';
import { expectPage, expectVisible } from './support/page-checks';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

type Question =
  | { id: string; kind: 'rating'; min: number; max: number }
  | { id: string; kind: 'text'; required: boolean }
  | { id: string; kind: 'choice'; options: { value: string }[] };

/**
 * Three leaders work on listening, two on coaching: below k = 3 on its own, the coaching pair is pooled
 * with the others into one group, so no figure can be narrowed to them.
 */
const cohort = [
  { name: 'Lena Listener', competencyKey: 'listening-with-empathy', behaviorKey: 'let-people-finish' },
  { name: 'Leo Listener', competencyKey: 'listening-with-empathy', behaviorKey: 'let-people-finish' },
  { name: 'Liv Listener', competencyKey: 'listening-with-empathy', behaviorKey: 'let-people-finish' },
  { name: 'Cai Coacher', competencyKey: 'coaching', behaviorKey: 'ask-what-they-tried' },
  { name: 'Cato Coacher', competencyKey: 'coaching', behaviorKey: 'ask-what-they-tried' },
] as const;

const privateNote = (leaderName: string) => `${leaderName} keeps interrupting Ada in planning.`;

const today = () => new Date().toISOString().slice(0, 10);

// The whole cohort on each engine: SQLite always, PostgreSQL when the tests have one (CI does).
const testPostgresUrl = process.env.TEST_DATABASE_URL;
const engines = [
  { engine: 'sqlite' },
  ...(testPostgresUrl ? [{ engine: 'postgres', postgresUrl: testPostgresUrl }] : []),
];

describe.skipIf(unavailable !== undefined).each(engines)(
  'a cohort of five leaders in one program on $engine',
  ({ postgresUrl }) => {
    const env = e2eEnvironmentForTests({ postgresUrl });

    test('an admin enrolls five leaders and a coach; leaders listen and follow up; the coach sees only consenting coachees and what they share; the admin sees figures only for groups of at least k', {
      timeout: 600_000,
    }, async () => {
      const admin = await env.newVisitor();
      await signUpInContext(admin.context, env, newAccount('Ann Admin'));
      const adminApi = apiFor(admin.context.request, env.baseUrl);
      const { id: workspaceId } = await adminApi.post<{ id: string }>('/api/workspaces', { name: 'Acme' });

      // A coach joins the organization with the coach role, so the program can name them.
      const coachAccount = newAccount('Cora Coach');
      await adminApi.post(`/api/workspaces/${workspaceId}/invitations`, {
        email: coachAccount.email,
        role: 'coach',
      });
      const coach = await joinOrganization(env, coachAccount, /invited you to Acme/);

      // The admin creates the program in the browser with the coach, and pastes the five leaders.
      const leaders = cohort.map((person) => ({ ...person, account: newAccount(person.name) }));
      await admin.page.goto(`/workspaces/${workspaceId}`);
      await admin.page.getByRole('region', { name: 'Programs' }).getByRole('link').first().click();
      await expectPage(admin.page, 'Programs');
      await admin.page.getByLabel('Name').fill('Autumn cohort');
      await admin.page.getByLabel('Starts on').fill(addDays(today(), -30));
      await admin.page.getByLabel('Ends on').fill(addDays(today(), 150));
      await admin.page.getByLabel('Coach').selectOption({ label: `Cora Coach (${coachAccount.email})` });
      await admin.page.getByRole('button', { name: 'Create program' }).click();
      await expectPage(admin.page, 'Autumn cohort');
      const programId = new URL(admin.page.url()).pathname.split('/').at(-1) as string;
      await admin.page
        .getByLabel('People to invite')
        .fill(leaders.map(({ name, account }) => `${name}, ${account.email}`).join('\n'));
      await admin.page.getByRole('button', { name: 'Invite', exact: true }).click();
      await expect
        .poll(() => admin.page.getByText('Invited', { exact: true }).count(), { timeout: 20_000 })
        .toBe(5);

      // Each leader joins by the mailed link and runs a listening round and a mini-survey in the program.
      const apis: Api[] = [];
      for (const leader of leaders) {
        const api = await joinProgram(env, leader.account);
        await listenAndFollowUp(env, api, programId, leader);
        apis.push(api);
      }

      // Two leaders give the program's coach access; only the first shares one note, the rest stays private.
      const [lena, leo] = apis as [Api, Api];
      const coachings: string[] = [];
      for (const api of [lena, leo]) {
        const { coaching } = await api.post<{ coaching: { id: string } }>(
          `/api/programs/${programId}/coach-access`,
          {},
        );
        coachings.push(coaching.id);
      }
      const { items } = await lena.get<{ items: { kind: string; ref: string; text: string }[] }>(
        `/api/coaching/${coachings[0]}/shareable`,
      );
      const shared = items.find((item) => item.text === privateNote('Lena Listener')) as {
        kind: string;
        ref: string;
      };
      await lena.post(`/api/coaching/${coachings[0]}/shares`, { kind: shared.kind, ref: shared.ref });

      // The coach sees the two consenting coachees, their released figures and the one shared note.
      await coach.page.goto('/coaching');
      await expectPage(coach.page, 'Your coachees', 'Coaching');
      const coachees = coach.page.getByRole('list', { name: 'Coachees' });
      await expect
        .poll(() => coachees.getByRole('heading').allTextContents())
        .toEqual(['Lena Listener', 'Leo Listener']);
      await checkAccessibility(coach.page, 'coach dashboard with program coachees');
      await coachees.getByRole('link', { name: 'Lena Listener' }).click();
      await expectPage(coach.page, 'Lena Listener');
      await expectVisible(
        coach.page
          .getByRole('list', { name: 'Notes shared with you' })
          .getByText(privateNote('Lena Listener')),
      );
      await expectVisible(coach.page.getByText('Follow-up rounds closed'));
      await coach.page.goBack();
      await coachees.getByRole('link', { name: 'Leo Listener' }).click();
      await expectPage(coach.page, 'Leo Listener');
      await expectVisible(coach.page.getByText('has shared no note with you'));
      for (const leader of leaders)
        expect(await coach.page.getByText(privateNote(leader.name)).count()).toBe(0);
      for (const name of ['Liv Listener', 'Cai Coacher', 'Cato Coacher']) {
        expect(await coach.page.getByText(name).count()).toBe(0);
      }

      // The admin sees participation and figures over the whole cohort, never one leader's.
      await admin.page.reload();
      await expect
        .poll(() => admin.page.getByText('Joined', { exact: true }).count(), { timeout: 20_000 })
        .toBe(5);
      await admin.page.goto(`/programs/${programId}/insight`);
      await expectPage(admin.page, 'Program insight', 'Autumn cohort: insight');
      const participation = admin.page.getByRole('region', { name: 'Participation' });
      await expectVisible(participation.getByText('5', { exact: true }));
      await expectVisible(
        admin.page.getByRole('region', { name: 'Follow-up rate' }).getByText('100%', { exact: true }),
      );
      const change = admin.page.getByRole('region', { name: 'Perceived change by competency' });
      await expectVisible(change.getByRole('heading', { name: 'All competencies' }));
      expect(await admin.page.getByLabel('Group').locator('option').allTextContents()).toEqual([
        'All groups',
        'All competencies',
      ]);
      await expectVisible(change.getByRole('row', { name: 'Much more effective (+2 or more) 5 of 5' }));
      await expectVisible(
        admin.page
          .getByRole('table', { name: 'Follow-up against perceived change by group' })
          .getByRole('row', { name: 'All competencies 5 3 +2' }),
      );
      await checkAccessibility(admin.page, 'program insight with figures');

      // Narrowed to cycles started before today (none), every figure says "not enough data".
      await admin.page.getByLabel('Until').fill(addDays(today(), -1));
      await admin.page.getByRole('button', { name: 'Apply' }).click();
      await expectVisible(admin.page.getByText(/Not enough data/).first());
      expect(await change.getByText('+2').count()).toBe(0);
      await checkAccessibility(admin.page, 'program insight below k');
    });
  },
);

/** A person accepts the organization's mailed invitation in their own browser context. */
async function joinOrganization(env: E2eEnvironment, account: TestAccount, subject: RegExp) {
  const visitor = await env.newVisitor();
  await signUpInContext(visitor.context, env, account);
  const invitation = await env.mail.waitForMessage(account.email, subject);
  const token = new URL(linkIn(invitation, '/invitations/accept')).hash.replace('#token=', '');
  const api = apiFor(visitor.context.request, env.baseUrl);
  await api.post('/api/invitations/accept', { token });
  return { ...visitor, api };
}

/** An enrolled leader signs up and joins the program through the mailed program invitation. */
async function joinProgram(env: E2eEnvironment, account: TestAccount): Promise<Api> {
  const visitor = await env.newVisitor();
  await signUpInContext(visitor.context, env, account);
  const invitation = await env.mail.waitForMessage(account.email, /invited you to the Autumn cohort program/);
  const token = new URL(linkIn(invitation, '/programs/accept')).hash.replace('#token=', '');
  const api = apiFor(visitor.context.request, env.baseUrl);
  await api.post('/api/program-invitations/accept', { token });
  return api;
}

/**
 * Set-up through the API: a cycle in the program, three stakeholders without email (so the leader
 * gets their links), a listening round they all answer and the leader closes, one commitment, and a
 * mini-survey they all answer with +2 and the leader closes.
 */
async function listenAndFollowUp(
  env: E2eEnvironment,
  api: Api,
  programId: string,
  leader: (typeof cohort)[number],
) {
  const { cycle } = await api.post<{ cycle: { id: string; workspaceId: string } }>(
    `/api/programs/${programId}/cycles`,
    {
      problem: 'People bring problems to me too late.',
      goal: 'I want to get better at this so that my team brings problems early.',
      competencyKey: leader.competencyKey,
      baseline: { [leader.behaviorKey]: 3 },
    },
  );
  const { cycle: detail } = await api.get<{ cycle: { workspaceId: string } }>(`/api/cycles/${cycle.id}`);
  const stakeholderIds: string[] = [];
  for (const name of ['Ada', 'Ben', 'Cy']) {
    const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
      `/api/workspaces/${detail.workspaceId}/stakeholders`,
      { name: `${name} of ${leader.name}`, email: null, relationshipGroup: 'direct_report' },
    );
    stakeholderIds.push(stakeholder.id);
  }
  await api.put(`/api/stakeholders/${stakeholderIds[0]}/note`, { note: privateNote(leader.name) });
  await runRound(env, api, cycle.id, 'listening', stakeholderIds);
  await api.post(`/api/cycles/${cycle.id}/commitments`, {
    situation: 'someone brings me a problem',
    action: 'I will ask what they have already tried before I suggest anything',
    frequency: 'every time',
    noticedBy: 'They hear a question from me before any advice',
    sourceSuggestion: null,
  });
  await runRound(env, api, cycle.id, 'mini_survey', stakeholderIds);
}

async function runRound(
  env: E2eEnvironment,
  api: Api,
  cycleId: string,
  kind: string,
  stakeholderIds: string[],
) {
  const { roundId, links } = await api.post<{ roundId: string; links: { url: string }[] }>(
    `/api/cycles/${cycleId}/rounds`,
    {
      kind,
      intro: 'I would value your honest, future-focused suggestions.',
      closesOn: addDays(today(), 7),
      stakeholderIds,
    },
  );
  expect(links).toHaveLength(stakeholderIds.length);
  for (const link of links) await answerThroughLink(env, link.url);
  await api.post(`/api/rounds/${roundId}/close`, {});
}

/**
 * A stakeholder answers every question through their link in their own context: +2 on every scale,
 * the last option of every choice ("Regularly" for follow-up).
 */
async function answerThroughLink(env: E2eEnvironment, url: string) {
  const visit = await env.newVisitor();
  const answerer = apiFor(visit.context.request, env.baseUrl);
  await visit.context.request.get(url);
  const { page } = await answerer.get<{ page: { questions: Question[] } }>('/api/answer');
  const answers = Object.fromEntries(
    page.questions.map((question) => [
      question.id,
      question.kind === 'rating'
        ? Math.min(question.max, question.min < 0 ? 2 : question.min + 2)
        : question.kind === 'choice'
          ? (question.options.at(-1)?.value ?? null)
          : 'Ask each of us what we tried first.',
    ]),
  );
  await answerer.post('/api/answer', { answers });
  await visit.context.close();
}
