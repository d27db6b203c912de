import { afterEach, expect, test } from 'vitest';
import { scheduleFollowUpSweep } from '../../src/server/modules/follow-up/follow-up.job';
import { fiveStakeholders, leaderWithCycle } from '../support/leader-fixture';
import { type TestApp, testBaseUrl } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answersOf,
  answerThrough,
  appWithClock,
  closeRound,
  commit,
  type Json,
  type manualClock,
  openRound,
  openRoundOf,
  type RoundKind,
  signedAnswers,
} from './adversary-kit';

/**
 * The leader reads their own mail (the mini-survey reminder, the daily practice reminder) and the
 * follow-up form, looking for who answered a round and who did not. Two leaders do exactly the
 * same; only the people who answered differ, so any difference in what they get is a leak.
 */

const smtp = { SMTP_URL: 'smtp://127.0.0.1:1' };
const firstAnswerers = ['Ada', 'Ben', 'Cy'];
const otherAnswerers = ['Cy', 'Dee', 'Max'];

describeEachEngine('follow-up mail and prompts', (engine) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof manualClock>;
  afterEach(async () => {
    await testApp.dispose();
  });

  type Leader = Awaited<ReturnType<typeof leaderWithCycle>>;

  /** With SMTP on, links go only by mail: each stakeholder answers through the one sent to them. */
  async function openByMail(setup: Leader, kind: RoundKind) {
    const db = testApp.database.db;
    const before = new Set((await db.selectFrom('outbox').select('id').execute()).map((row) => row.id));
    const round = await openRoundOf(setup, kind);
    const sent = (await db.selectFrom('outbox').select(['id', 'to_address', 'text_body']).execute()).filter(
      (row) => !before.has(row.id),
    );
    const urlOf = (name: string) => {
      const email = fiveStakeholders.find((stakeholder) => stakeholder.name.startsWith(name))?.email;
      const path = sent.find((row) => row.to_address === email)?.text_body.match(/\/a\/[\w-]+/)?.[0];
      if (!path) throw new Error(`no mailed link for ${name}`);
      return `${testBaseUrl}${path}`;
    };
    return { ...round, urlOf };
  }

  /**
   * Everything mailed to the leader, ids and links blanked, in a stable order. Lines are sorted
   * too: behaviors saved in the same instant are listed in the order of their random ids.
   */
  async function inboxOf(setup: Leader) {
    const rows = await testApp.database.db
      .selectFrom('outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', setup.leader.email)
      .execute();
    const blank = (text: string) =>
      text
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
        .replace(/\/a\/[\w-]+/g, '/a/LINK');
    return rows.map((row) => `${row.subject}\n${blank(row.text_body).split('\n').sort().join('\n')}`).sort();
  }

  const runJobsAt = async (iso: string) => {
    clock.set(iso);
    for (let tick = 0; tick < 3; tick++) await testApp.jobRunner.tick();
  };

  function expectNoStakeholderIn(inbox: string[]) {
    for (const mail of inbox) {
      for (const { name, email } of fiveStakeholders) {
        expect(mail).not.toContain(name);
        expect(mail).not.toContain(email);
      }
    }
  }

  test('attack: compare the mini-survey-due mail of two leaders whose stakeholders answered differently', async () => {
    ({ testApp, clock } = await appWithClock(engine, smtp));
    const leaders: Leader[] = [];
    for (const answerers of [firstAnswerers, otherAnswerers]) {
      const setup = await leaderWithCycle(testApp);
      const round = await openByMail(setup, 'listening');
      for (const name of answerers) await answerThrough(testApp, round.urlOf(name), signedAnswers(4, name));
      await closeRound(round);
      await commit(setup);
      leaders.push(setup);
    }
    clock.set('2027-03-02T09:00:00Z');
    await scheduleFollowUpSweep(testApp.deps);
    await runJobsAt('2027-03-02T09:00:01Z');
    const [first, other] = await Promise.all(leaders.map(inboxOf));
    const due = (inbox: string[]) => inbox.filter((mail) => mail.includes('mini-survey is due'));
    expect(due(first ?? [])).toHaveLength(1);
    expect(first).toEqual(other);
    expectNoStakeholderIn(first ?? []);
  });

  test('attack: compare everything mailed to two leaders during a pulse round that different people answered', async () => {
    ({ testApp, clock } = await appWithClock(engine, smtp));
    const leaders: Leader[] = [];
    for (const answerers of [firstAnswerers, otherAnswerers]) {
      const setup = await leaderWithCycle(testApp);
      await commit(setup);
      const daily = await setup.leader.client.put(`/api/cycles/${setup.cycle.id}/daily-reminder`, {
        enabled: true,
        time: '18:00',
        timeZone: 'UTC',
      });
      expect(daily.status).toBe(200);
      const pulse = await openByMail(setup, 'pulse');
      for (const name of answerers)
        await answerThrough(
          testApp,
          pulse.urlOf(name),
          answersOf(`Pulse-${name}`, () => null),
        );
      leaders.push(setup);
    }
    // Daily reminders, both reminder slots to non-responders, and the close.
    for (const day of ['01', '04', '07', '10', '11']) await runJobsAt(`2026-12-${day}T18:00:01Z`);
    const [first, other] = await Promise.all(leaders.map(inboxOf));
    expect((first ?? []).some((mail) => mail.startsWith('Your daily questions'))).toBe(true);
    expect(first).toEqual(other);
    expectNoStakeholderIn(first ?? []);
    // The reminders did go, to people; none of them sits where the leader can read it.
    const reminders = await testApp.database.db
      .selectFrom('outbox')
      .select('to_address')
      .where('subject', 'like', 'Reminder:%')
      .execute();
    expect(reminders.length).toBeGreaterThan(0);
    for (const setup of leaders) {
      const outbox = await setup.leader.client.get(`/api/workspaces/${setup.workspaceId}/outbox`);
      expectNoStakeholderIn([await outbox.text()]);
    }
  });

  test('attack: read who answered from the people the follow-up form suggests asking again', async () => {
    ({ testApp, clock } = await appWithClock(engine));
    const setup = await openRound(testApp);
    const suggested = async () =>
      ((await (await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/follow-up`)).json()) as Json)
        .followUp.suggestedStakeholderIds as string[];
    const before = await suggested();
    for (const name of ['Cy', 'Ada']) await answerThrough(testApp, setup.urlOf(name), signedAnswers(4, name));
    await closeRound(setup);
    const after = await suggested();
    // Everyone asked, answered or not, in the same order as before anyone answered.
    expect(after).toEqual(before);
    expect([...after].sort()).toEqual([...setup.stakeholderIds].sort());
  });
});
