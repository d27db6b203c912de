import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle } from '../support/leader-fixture';
import { signedUpClient, type TestApp, type TestClient } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import { appWithClock, type Json, openRoundOf } from './adversary-kit';
import { unreachableSmtp } from './mailed-round';

/**
 * Someone with an account of their own deletes it, hoping the deletion sweeps away mail of
 * another organization: a held member invitation, or a leader's invitations to their people.
 * Deleting an account removes what that account owns, found by its id, never by matching text.
 */

const newcomer = 'newcomer@acme.example';

describeEachEngine('account deletion and other organizations', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine, unreachableSmtp));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  /** An organization whose admin invited a newcomer, and a leader there whose round mailed five people. */
  async function victims() {
    const admin = await signedUpClient(testApp, 'Ann Admin');
    const created = await admin.client.post('/api/workspaces', { name: 'Acme' });
    const orgId = ((await created.json()) as Json).id as string;
    const invited = await admin.client.post(`/api/workspaces/${orgId}/invitations`, {
      email: newcomer,
      role: 'leader',
    });
    expect(invited.ok).toBe(true);
    await openRoundOf(await leaderWithCycle(testApp), 'listening');
    return { admin, orgId };
  }

  const everyOutboxAndJobRow = async () => ({
    outbox: await testApp.database.db.selectFrom('outbox').selectAll().orderBy('id').execute(),
    jobs: await testApp.database.db.selectFrom('jobs').selectAll().orderBy('id').execute(),
    memberInvitations: await testApp.database.db.selectFrom('member_invitations').selectAll().execute(),
  });

  async function deleteAccount(person: { client: TestClient; password: string }) {
    const deleted = await person.client.post('/api/account/delete', {
      password: person.password,
      confirm: 'DELETE',
    });
    expect(deleted.status).toBe(204);
  }

  test("attack: delete a throw-away account whose stakeholder shares a victim's address", async () => {
    const { admin, orgId } = await victims();
    const before = await everyOutboxAndJobRow();
    expect(before.outbox.length).toBeGreaterThanOrEqual(6);

    // A one-letter name appears in almost every message; the addresses are the victims'.
    const thrower = await signedUpClient(testApp, 'e');
    const { workspaces } = (await (await thrower.client.get('/api/workspaces')).json()) as Json;
    for (const email of [newcomer, 'ada@example.com', 'ben@example.com']) {
      const added = await thrower.client.post(`/api/workspaces/${workspaces[0].id}/stakeholders`, {
        name: `Copy of ${email}`,
        email,
        relationshipGroup: 'peer',
      });
      expect(added.status).toBe(201);
    }
    await deleteAccount(thrower);

    expect(await everyOutboxAndJobRow()).toEqual(before);
    const held = await admin.client.get(`/api/workspaces/${orgId}/outbox`);
    expect(JSON.stringify(await held.json())).toContain(newcomer);
  });

  test("attack: sign up with a victim's address, then delete the account to erase the mail waiting for it", async () => {
    await victims();
    const before = await everyOutboxAndJobRow();

    const impostor = testApp.client();
    const signedUp = await impostor.post('/api/auth/sign-up', {
      name: 'Not The Newcomer',
      email: newcomer,
      password: 'correct horse battery',
    });
    expect(signedUp.status).toBe(201);
    const impersonatingAda = testApp.client();
    await impersonatingAda.post('/api/auth/sign-up', {
      name: 'Not Ada',
      email: 'ada@example.com',
      password: 'correct horse battery',
    });
    await deleteAccount({ client: impostor, password: 'correct horse battery' });
    await deleteAccount({ client: impersonatingAda, password: 'correct horse battery' });

    expect(await everyOutboxAndJobRow()).toEqual(before);
  });
});
