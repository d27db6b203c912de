import { afterEach, beforeEach, expect, test } from 'vitest';
import { defaultFramework } from '../../src/server/modules/frameworks/default-framework';
import { askBeforeAdvising, leaderWithCycle } from '../support/leader-fixture';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';

// Issue 11 item 9: names and titles end up in mail subjects, pages and exports, where a line break
// starts a new header line, a right-to-left override reverses what follows, a zero-width space makes
// two names look alike, and a stack of accents spills over the lines around it.
const hostile = [
  { what: 'a line break', value: 'Ada\nBcc: everyone', message: /one line, without line breaks/ },
  { what: 'a right-to-left override', value: 'Ada \u202Etxt.exe', message: /invisible direction characters/ },
  {
    what: 'a direction isolate',
    value: 'Ada \u2067Lovelace\u2069',
    message: /invisible direction characters/,
  },
  { what: 'a zero-width space', value: 'Ada\u200B Lovelace', message: /zero-width or other invisible/ },
  { what: 'a byte-order mark', value: 'Ada\uFEFF Lovelace', message: /zero-width or other invisible/ },
  { what: 'a C1 control', value: 'Ada\u0085Lovelace', message: /one line, without line breaks/ },
  {
    what: 'four accents on one letter',
    value: 'Ada Lovq\u0301\u0302\u0303\u0304ce',
    message: /more than 3 accent/,
  },
];

type Context = { client: TestClient; workspaceId: string; cycleId: string; stakeholderId: string };

function frameworkWith(change: (competency: (typeof defaultFramework.competencies)[number]) => void) {
  const file = structuredClone(defaultFramework);
  change(file.competencies[0] as (typeof defaultFramework.competencies)[number]);
  return file;
}

/** Every route that takes a name or a title, with the field its error must name. */
const nameAndTitleRoutes: {
  route: string;
  field: string;
  send: (context: Context, value: string) => Promise<Response>;
}[] = [
  {
    route: 'POST /api/auth/sign-up',
    field: 'name',
    send: (context, value) =>
      context.client.post('/api/auth/sign-up', {
        name: value,
        email: `new-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'correct horse battery',
      }),
  },
  {
    route: 'POST /api/workspaces',
    field: 'name',
    send: (context, value) => context.client.post('/api/workspaces', { name: value }),
  },
  {
    route: 'POST /api/workspaces/:id/stakeholders',
    field: 'name',
    send: (context, value) =>
      context.client.post(`/api/workspaces/${context.workspaceId}/stakeholders`, {
        name: value,
        email: null,
        relationshipGroup: 'peer',
      }),
  },
  {
    route: 'PUT /api/stakeholders/:id',
    field: 'name',
    send: (context, value) =>
      context.client.put(`/api/stakeholders/${context.stakeholderId}`, {
        name: value,
        email: 'ada@example.com',
        relationshipGroup: 'direct_report',
      }),
  },
  {
    route: 'PUT /api/workspaces/:id/framework (competency name)',
    field: 'competencies.0.name',
    send: (context, value) =>
      context.client.put(
        `/api/workspaces/${context.workspaceId}/framework`,
        frameworkWith((competency) => {
          competency.name = value;
        }),
      ),
  },
  {
    route: 'PUT /api/workspaces/:id/framework (behavior)',
    field: 'competencies.0.behaviors.0.text',
    send: (context, value) =>
      context.client.put(
        `/api/workspaces/${context.workspaceId}/framework`,
        frameworkWith((competency) => {
          (competency.behaviors[0] as { text: string }).text = value;
        }),
      ),
  },
  {
    route: 'POST /api/cycles/:id/commitments',
    field: 'action',
    send: (context, value) =>
      context.client.post(`/api/cycles/${context.cycleId}/commitments`, {
        ...askBeforeAdvising,
        action: value,
      }),
  },
  {
    route: 'POST /api/cycles/:id/announcement (subject)',
    field: 'subject',
    send: (context, value) =>
      context.client.post(`/api/cycles/${context.cycleId}/announcement`, {
        subject: value,
        body: 'Over the next weeks I will practice asking before advising.',
        send: false,
      }),
  },
];

describeEachEngine('names and titles refuse what hides or reorders text', (engine) => {
  let testApp: TestApp;
  let context: Context;
  beforeEach(async () => {
    testApp = await createTestApp(engine);
    const { leader, workspaceId, cycle, stakeholderIds } = await leaderWithCycle(testApp);
    context = {
      client: leader.client,
      workspaceId,
      cycleId: cycle.id,
      stakeholderId: stakeholderIds[0] as string,
    };
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  for (const { route, field, send } of nameAndTitleRoutes) {
    test(`${route} refuses every hidden character with 400 naming ${field}, and stores nothing`, async () => {
      const before = await testApp.database.db.selectFrom('users').select('name').execute();
      for (const { what, value, message } of hostile) {
        const response = await send(context, value);
        expect(response.status, `${route} with ${what}`).toBe(400);
        const { error } = (await response.json()) as { error: { field?: string; message: string } };
        expect(error.field, what).toBe(field);
        expect(error.message, what).toMatch(message);
      }
      expect(await testApp.database.db.selectFrom('users').select('name').execute()).toEqual(before);
    });
  }

  test('a name is stored in NFC: “René” typed with a combining accent is the same name', async () => {
    const response = await context.client.post(`/api/workspaces/${context.workspaceId}/stakeholders`, {
      name: 'Rene\u0301 Peer',
      email: null,
      relationshipGroup: 'peer',
    });
    expect(response.status).toBe(201);
    const { stakeholder } = (await response.json()) as { stakeholder: { name: string } };
    expect(stakeholder.name).toBe('Ren\u00e9 Peer');
  });

  test('a pasted list refuses a name with a right-to-left override on its line', async () => {
    const response = await context.client.post(`/api/workspaces/${context.workspaceId}/stakeholders/bulk`, {
      text: `Olu Other <olu@example.com>, other\nEve \u202Etxt.exe <eve@example.com>, peer`,
    });
    const body = JSON.stringify(await response.json());
    expect(body).toMatch(/invisible direction characters/);
    const names = await testApp.database.db.selectFrom('stakeholders').select('name').execute();
    expect(names.map((row) => row.name).join('|')).not.toContain('\u202E');
  });

  test('a note keeps its line breaks, in NFC, and refuses a direction override', async () => {
    const path = `/api/stakeholders/${context.stakeholderId}/note`;
    const kept = await context.client.put(path, { note: 'First line\nCafe\u0301 on Fridays' });
    expect(kept.status).toBe(200);
    expect(JSON.stringify(await kept.json())).toContain('First line\\nCaf\u00e9 on Fridays');
    const refused = await context.client.put(path, { note: 'Looks fine \u202Eenif skool' });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { field?: string; message: string } };
    expect(error.field).toBe('note');
    expect(error.message).toMatch(/The note must not contain invisible direction overrides/);
  });
});
