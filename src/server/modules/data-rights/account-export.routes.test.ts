import { afterEach, beforeEach, expect, test } from 'vitest';
import { readZip } from '../../../../tests/support/read-zip';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import { fullLeader, tokenAndWebhook } from './data-rights.fixtures';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;

describeEachEngine('account export', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    const now = new Date('2026-12-01T09:00:00Z');
    testApp = await createTestApp(engine, { now: () => now, env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function exported(client: { get: (path: string) => Promise<Response> }) {
    const response = await client.get('/api/account/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="feedforward-export-2026-12-01.zip"',
    );
    return readZip(Buffer.from(await response.arrayBuffer()));
  }

  test('the export holds the account, stakeholders, cycles, released results and practice, as JSON and CSV', async () => {
    const { leader, cycle } = await fullLeader(testApp, '2026-12-10', '2026-12-01');
    const files = await exported(leader.client);
    const data = JSON.parse(files.get('feedforward-export.json') as string) as Json;
    expect(data.account).toEqual({
      id: leader.user.id,
      email: leader.email,
      name: 'Lee Leader',
      createdAt: expect.any(String),
    });
    expect(data.memberships.map((m: Json) => m.role).sort()).toEqual(['admin', 'leader']);
    expect(data.stakeholders.map((s: Json) => s.email)).toContain('ada@example.com');
    expect(data.cycles).toEqual([expect.objectContaining({ id: cycle.id, competency: expect.any(Object) })]);
    expect(data.rounds[0].results).toMatchObject({ released: true, responseCount: 4 });
    expect(data.rounds[0].results.texts.flatMap((t: Json) => t.answers)).toContain(
      'Ask one more question before answering (2).',
    );
    expect(data.commitments).toHaveLength(1);
    expect(data.dailyCheckins).toEqual([
      expect.objectContaining({ score: 7, note: 'Asked twice before advising.' }),
    ]);

    expect(files.get('csv/stakeholders.csv')).toContain('Ada Report,ada@example.com');
    expect(files.get('csv/round-ratings.csv')?.split('\r\n')[0]).toBe(
      'roundId,question,subject,group,people,average,shareImproved',
    );
    expect(files.get('csv/round-comments.csv')).toContain('Ask one more question before answering (0).');
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'csv/account.csv',
        'csv/cycles.csv',
        'csv/commitments.csv',
        'csv/daily-checkins.csv',
      ]),
    );
  });

  test('private relationship notes are in the export', async () => {
    const { leader } = await fullLeader(testApp, '2026-12-10', '2026-12-01');
    const stakeholders = (await (await leader.client.get('/api/workspaces')).json()) as Json;
    const workspaceId = stakeholders.workspaces[0].id;
    const list = (await (
      await leader.client.get(`/api/workspaces/${workspaceId}/stakeholders`)
    ).json()) as Json;
    const ada = list.stakeholders.find((s: Json) => s.email === 'ada@example.com');
    await leader.client.put(`/api/stakeholders/${ada.id}/note`, { note: 'I interrupt Ada in planning.' });
    const files = await exported(leader.client);
    const data = JSON.parse(files.get('feedforward-export.json') as string) as Json;
    expect(data.relationshipNotes).toEqual([
      expect.objectContaining({ note: 'I interrupt Ada in planning.' }),
    ]);
    expect(files.get('csv/relationship-notes.csv')).toContain('I interrupt Ada in planning.');
  });

  test('the export never contains a password hash or any single response', async () => {
    const { leader } = await fullLeader(testApp, '2026-12-10', '2026-12-01');
    const everything = [...(await exported(leader.client)).values()].join('\n');
    const stored = await testApp.database.db
      .selectFrom('users')
      .select('password_hash')
      .executeTakeFirstOrThrow();
    expect(everything).not.toContain(stored.password_hash);
    expect(everything).not.toContain('$argon2');
    const responses = await testApp.database.db.selectFrom('responses').select(['id', 'answers']).execute();
    for (const response of responses) {
      expect(everything).not.toContain(response.id);
      expect(everything).not.toContain(response.answers);
    }
    expect(everything).not.toContain('submitted_on');
  });

  test('API tokens, webhooks and their deliveries are in the export, never a token hash or a webhook secret', async () => {
    const leader = await signedUpClient(testApp, 'Ivy Integrator');
    const { token, secret, webhookId, receiver } = await tokenAndWebhook(testApp, leader.client);
    try {
      const files = await exported(leader.client);
      const data = JSON.parse(files.get('feedforward-export.json') as string) as Json;
      expect(data.apiTokens).toEqual([
        {
          name: 'Nightly report',
          scopes: ['read'],
          lastFour: token.slice(-4),
          createdAt: '2026-12-01T09:00:00.000Z',
          expiresAt: expect.any(String),
          lastUsedAt: null,
        },
      ]);
      expect(data.webhooks).toEqual([
        {
          id: webhookId,
          url: receiver.url,
          events: ['round.closed'],
          enabled: true,
          createdAt: '2026-12-01T09:00:00.000Z',
        },
      ]);
      expect(data.webhookDeliveries).toEqual([
        {
          webhookId,
          event: 'ping',
          status: 'delivered',
          attempts: 1,
          responseCode: 200,
          createdAt: '2026-12-01T09:00:00.000Z',
          lastAttemptAt: '2026-12-01T09:00:00.000Z',
        },
      ]);
      expect(files.get('csv/api-tokens.csv')).toContain('Nightly report');
      expect(files.get('csv/webhooks.csv')).toContain(receiver.url);
      expect(files.get('csv/webhook-deliveries.csv')).toContain(`${webhookId},ping,delivered,1,200`);

      const everything = [...files.values()].join('\n');
      const stored = await testApp.database.db
        .selectFrom('api_tokens')
        .select('token_hash')
        .executeTakeFirstOrThrow();
      expect(everything).not.toContain(stored.token_hash);
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(secret);
    } finally {
      await receiver.stop();
    }
  });

  test("one leader's export holds nothing of another's", async () => {
    await fullLeader(testApp, '2026-12-10', '2026-12-01');
    const other = await signedUpClient(testApp, 'Olga Other');
    const files = await exported(other.client);
    const data = JSON.parse(files.get('feedforward-export.json') as string) as Json;
    expect(data.stakeholders).toEqual([]);
    expect(data.cycles).toEqual([]);
    expect(data.rounds).toEqual([]);
    expect([...files.values()].join('\n')).not.toContain('Lee Leader');
  });
});
