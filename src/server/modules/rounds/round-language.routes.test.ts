import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createClient, createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;
const closesOn = '2026-12-10';
const intro = 'Ich arbeite daran, besser zuzuhören, und freue mich über Ihre Ideen.';

describeEachEngine('the language a round asks in', (engine) => {
  let testApp: TestApp;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const mailTo = (address: string) =>
    testApp.database.db
      .selectFrom('outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', address)
      .orderBy('created_at')
      .execute();

  async function open(language?: string) {
    const setup = await leaderWithCycle(testApp);
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'listening',
      intro,
      closesOn,
      stakeholderIds: setup.stakeholderIds,
      ...(language ? { language } : {}),
    });
    return { ...setup, opened };
  }

  async function answerPageFor(address: string) {
    const [mail] = await mailTo(address);
    const link = mail?.text_body.match(/\/a\/[\w-]+/)?.[0] as string;
    const stakeholder = createClient(testApp.app);
    await stakeholder.get(link);
    return ((await (await stakeholder.get('/api/answer')).json()) as Json).page as Json;
  }

  test('a round opens in the workspace default an admin chose, and says so to the leader', async () => {
    const setup = await leaderWithCycle(testApp);
    const path = `/api/workspaces/${setup.cycle.workspaceId}`;
    expect((await setup.leader.client.put(`${path}/language`, { language: 'de' })).status).toBe(204);
    const { workspace } = (await (await setup.leader.client.get(path)).json()) as Json;
    expect(workspace.defaultLanguage).toBe('de');
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind: 'listening',
      intro,
      closesOn,
      stakeholderIds: setup.stakeholderIds,
    });
    expect(opened.status).toBe(201);
    const { cycle } = (await (await setup.leader.client.get(`/api/cycles/${setup.cycle.id}`)).json()) as Json;
    expect(cycle.rounds[0].language).toBe('de');
    const [invitation] = await mailTo('ada@example.com');
    expect(invitation?.subject).toBe('Lee Leader würde sich über Ihr Feedforward freuen');
    expect(invitation?.text_body).toContain('wenn die Runde am 10. Dezember 2026 endet');
    expect(invitation?.text_body).toContain('mindestens 3 Personen');
    const { questions } = await answerPageFor('ada@example.com');
    expect(questions[0]?.prompt).toBe('Wie erleben Sie die Zusammenarbeit mit Lee Leader?');
    expect(questions[1]?.minLabel).toBe('Selten');
  });

  test("the leader's choice for one round wins over the workspace default, in every mail of the round", async () => {
    const { leader, opened } = await open('es');
    expect(opened.status).toBe(201);
    const { roundId, language, minutesToAnswer } = (await opened.json()) as Json;
    // What the leader's ready messages for links passed on by hand are written in.
    expect(language).toBe('es');
    expect(minutesToAnswer).toBeGreaterThanOrEqual(1);
    const [invitation] = await mailTo('ben@example.com');
    expect(invitation?.subject).toBe('Lee Leader agradecería sus sugerencias para el futuro');
    expect(invitation?.text_body).toContain('cuando la consulta cierre el 10 de diciembre de 2026');
    now = new Date('2026-12-05T00:00:00Z');
    await testApp.jobRunner.tick();
    const [, reminder] = await mailTo('ben@example.com');
    expect(reminder?.subject).toBe('Recordatorio: Lee Leader agradecería sus sugerencias para el futuro');
    expect(reminder?.text_body).toContain('Lee Leader no sabe quién ha respondido');
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const note = { message: 'Muchas gracias a todos por sus ideas sinceras.' };
    expect((await leader.client.post(`/api/rounds/${roundId}/thank-you`, note)).status).toBe(200);
    const thanks = (await mailTo('ben@example.com')).at(-1);
    expect(thanks?.subject).toBe('Gracias de parte de Lee Leader');
    expect(thanks?.text_body).toBe(note.message);
  });

  test('French questions ask about the default framework in French, and the page opens in French', async () => {
    await open('fr');
    const { questions, language } = (await answerPageFor('cy@example.com')) as {
      questions: Json[];
      language: string;
    };
    expect(language).toBe('fr');
    expect(questions.find((question) => question.id === 'feedforward-1')?.prompt).toBe(
      'Une chose que Lee Leader pourrait faire à l’avenir pour progresser en « Écouter avec empathie »',
    );
    expect(questions.find((question) => question.id === 'behavior:let-people-finish')?.prompt).toBe(
      'Avec quelle régularité observez-vous ce comportement chez Lee Leader : « Je laisse les autres finir de parler avant de répondre » ?',
    );
  });

  test('a language the app does not speak is refused, naming the field, and nothing is sent', async () => {
    const { opened } = await open('it');
    expect(opened.status).toBe(400);
    expect(((await opened.json()) as Json).error.field).toBe('language');
    expect(await mailTo('ada@example.com')).toEqual([]);
    expect(await testApp.database.db.selectFrom('rounds').select('id').execute()).toEqual([]);
  });
});
