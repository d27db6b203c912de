import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  leaderView,
  openRound,
  roundLevelPageFields,
  type Setup,
  signedAnswers,
} from './adversary-kit';

/** The leader removes, re-adds or relabels stakeholders mid-round to see who answered or what. */

describeEachEngine('stakeholders removed, re-added or relabeled mid-round', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    ({ testApp } = await appWithClock(engine));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  const remove = (setup: Setup, name: string) =>
    setup.leader.client.delete(`/api/stakeholders/${setup.idOf(name)}`);
  const counts = async (setup: Setup) => {
    const view = await leaderView(setup);
    return { invited: view.round.invitedCount, responses: view.results.responseCount };
  };

  async function readd(setup: Setup, name: string, email: string) {
    const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
      name,
      email,
      relationshipGroup: 'direct_report',
    });
    const { stakeholder } = (await added.json()) as Json;
    return setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, {
      stakeholderId: stakeholder.id,
    });
  }

  test('attack: remove each stakeholder in turn and watch which removal lowers the response count', async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    const start = await counts(setup);
    expect((await remove(setup, 'Ada')).status).toBe(204);
    const afterAnswered = await counts(setup);
    expect((await remove(setup, 'Ben')).status).toBe(204);
    const afterSilent = await counts(setup);
    expect(afterAnswered).toEqual(start);
    expect(afterSilent).toEqual(start);
  });

  test('attack: remove a stakeholder hoping their answer disappears and the difference shows', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    await remove(setup, 'Ada');
    await closeRound(setup);
    const view = await leaderView(setup);
    expect(view.results.released).toBe(true);
    expect(view.results.responseCount).toBe(3);
    expect(view.results.ratings[0].overall.n).toBe(3);
  });

  test('attack: re-add a removed stakeholder and compare what happens for one who answered and one who did not', async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    await remove(setup, 'Ada');
    await remove(setup, 'Ben');
    const adaAgain = await readd(setup, 'Ada Report', 'ada@example.com');
    const benAgain = await readd(setup, 'Ben Report', 'ben@example.com');
    // The round remembers the inbox each invitation was for, so neither is invited a second time,
    // and the refusal is the same whether or not the person answered.
    expect(adaAgain.status).toBe(409);
    expect(benAgain.status).toBe(409);
    const ada = (await adaAgain.json()) as Json;
    const ben = (await benAgain.json()) as Json;
    expect(ada.error.code).toBe('already_invited');
    expect(ben.error.code).toBe('already_invited');
    expect(ada.error.message.replace('Ada Report', 'NAME')).toBe(
      ben.error.message.replace('Ben Report', 'NAME'),
    );
    expect((await counts(setup)).responses).toBe(1);
  });

  test("attack: follow a removed stakeholder's old link to learn about the others", async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Cy'), signedAnswers(3, 'Cy'));
    await remove(setup, 'Ben');
    const old = testApp.client();
    await old.get(new URL(setup.urlOf('Ben')).pathname);
    const response = await old.get('/api/answer');
    const body = (await response.json()) as Json;
    // The old link keeps working for its holder: removal only unlinks the person, and the form says
    // nothing about anyone else.
    expect(response.status).toBe(200);
    // Only what is about the round itself; the round's k may be shown, nothing about other people.
    expect(Object.keys(body.page).filter((key) => !roundLevelPageFields.includes(key))).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/Cy Report|Ada Report|responseCount|invited/i);
  });

  test('attack: invite someone already invited and read whether they answered from the refusal', async () => {
    const setup = await openRound(testApp);
    await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(4, 'Ada'));
    const again = async (name: string) => {
      const response = await setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, {
        stakeholderId: setup.idOf(name),
      });
      const body = (await response.json()) as Json;
      return { status: response.status, ...body.error, message: body.error.message.replace(name, '') };
    };
    const answered = await again('Ada');
    const silent = await again('Ben');
    expect(answered.status).toBe(409);
    expect(answered).toEqual(silent);
  });

  test('attack: relabel a stakeholder as manager after they answered to isolate their answer', async () => {
    const setup = await openRound(testApp);
    for (const name of ['Ada', 'Ben', 'Cy'])
      await answerThrough(testApp, setup.urlOf(name), signedAnswers(5, name));
    await setup.leader.client.put(`/api/stakeholders/${setup.idOf('Ada')}`, {
      name: 'Ada Report',
      email: 'ada@example.com',
      relationshipGroup: 'manager',
    });
    await closeRound(setup);
    const view = await leaderView(setup);
    const groups = view.results.ratings.flatMap((rating: Json) => rating.byGroup);
    expect(groups.some((group: Json) => group.groups.length === 1 && group.groups[0] === 'manager')).toBe(
      false,
    );
    const stored = await testApp.database.db.selectFrom('responses').select('relationship_group').execute();
    expect(stored.map((row) => row.relationship_group)).toEqual([
      'direct_report',
      'direct_report',
      'direct_report',
    ]);
  });

  test('attack: relabel a direct report as manager before they answer so their answer becomes named', async () => {
    const setup = await openRound(testApp);
    await setup.leader.client.put(`/api/stakeholders/${setup.idOf('Ada')}`, {
      name: 'Ada Report',
      email: 'ada@example.com',
      relationshipGroup: 'manager',
    });
    const { page } = await answerThrough(testApp, setup.urlOf('Ada'), signedAnswers(2, 'Ada'), true);
    expect(page.page.canBeNamed).toBe(false);
    const stored = await testApp.database.db.selectFrom('responses').select('named_manager').execute();
    expect(stored.map((row) => row.named_manager)).toEqual([0]);
  });
});
