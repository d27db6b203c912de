import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import { describeEachEngine } from '../support/test-database';
import {
  answerThrough,
  appWithClock,
  closeRound,
  type Json,
  type manualClock,
  openRound,
  signedAnswers,
} from './adversary-kit';
import {
  firstLinkMailedTo,
  firstReminderRuns,
  linksMailedTo,
  mailbox,
  runJobsAt,
  secondReminderRuns,
  unreachableSmtp,
} from './mailed-round';

/**
 * With SMTP on, the leader edits the addresses of people they asked, pointing them at mailboxes
 * of their own. Only non-responders are reminded, each with a live link: if reminders followed
 * the edit, the leader would learn who had not answered and could answer in their place.
 */

/** An address of the leader's own, on a domain unrelated to their sign-in address. */
const aliasOf = (name: string) => `${name.split(' ')[0]?.toLowerCase()}.asked@lee-private.example`;

describeEachEngine('reminders and edited addresses', (engine) => {
  let testApp: TestApp;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(async () => {
    ({ testApp, clock } = await appWithClock(engine, unreachableSmtp));
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function pointEveryoneAtAliases(setup: Awaited<ReturnType<typeof openRound>>) {
    for (const [index, stakeholder] of fiveStakeholders.entries()) {
      const edited = await setup.leader.client.put(`/api/stakeholders/${setup.stakeholderIds[index]}`, {
        ...stakeholder,
        email: aliasOf(stakeholder.name),
      });
      expect(edited.status).toBe(200);
    }
  }

  const mailedToAliases = async () =>
    (await mailbox(testApp)).filter((mail) => mail.to_address.endsWith('@lee-private.example'));

  test("attack: point an invited person's address at the leader's alias and wait for the reminder", async () => {
    const setup = await openRound(testApp);
    await answerThrough(
      testApp,
      await firstLinkMailedTo(testApp, 'ada@example.com'),
      signedAnswers(4, 'Ada'),
    );
    await pointEveryoneAtAliases(setup);

    await runJobsAt(testApp, clock, firstReminderRuns);
    await runJobsAt(testApp, clock, secondReminderRuns);

    expect(await mailedToAliases()).toEqual([]);
    // The people asked are still reminded, at the address their invitation went to; Ada is not.
    for (const { email } of fiveStakeholders.slice(1))
      expect(await linksMailedTo(testApp, email)).toHaveLength(3);
    expect(await linksMailedTo(testApp, 'ada@example.com')).toHaveLength(1);
    // Ben answers through his latest reminder: his answer, not the leader's, is the one that counts.
    const bensLinks = await linksMailedTo(testApp, 'ben@example.com');
    await answerThrough(testApp, bensLinks.at(-1) as string, signedAnswers(3, 'Ben'));
  });

  test('attack: give an address to a person whose link went through the leader, and wait for the reminder', async () => {
    const setup = await openRound(testApp);
    const added = await setup.leader.client.post(`/api/workspaces/${setup.workspaceId}/stakeholders`, {
      name: 'Pat Noemail',
      email: null,
      relationshipGroup: 'peer',
    });
    const patId = ((await added.json()) as Json).stakeholder.id as string;
    const invited = await setup.leader.client.post(`/api/rounds/${setup.roundId}/invitations`, {
      stakeholderId: patId,
    });
    expect(invited.status).toBe(201);
    const edited = await setup.leader.client.put(`/api/stakeholders/${patId}`, {
      name: 'Pat Noemail',
      email: aliasOf('Pat'),
      relationshipGroup: 'peer',
    });
    expect(edited.status).toBe(200);

    await runJobsAt(testApp, clock, firstReminderRuns);
    await runJobsAt(testApp, clock, secondReminderRuns);

    expect(await mailedToAliases()).toEqual([]);
  });

  test('the thank-you note goes to the addresses the invitations went to, not to addresses edited since', async () => {
    const setup = await openRound(testApp);
    for (const { name, email } of fiveStakeholders.slice(0, 3)) {
      await answerThrough(testApp, await firstLinkMailedTo(testApp, email), signedAnswers(4, name));
    }
    await pointEveryoneAtAliases(setup);
    await closeRound(setup);
    const thanked = await setup.leader.client.post(`/api/rounds/${setup.roundId}/thank-you`, {
      message: 'Thank you all for your ideas.',
    });
    expect(thanked.status).toBe(200);
    expect(((await thanked.json()) as Json).delivery.emailed).toBe(5);

    expect(await mailedToAliases()).toEqual([]);
    const thankedAddresses = (await mailbox(testApp))
      .filter((mail) => mail.text_body.includes('Thank you all for your ideas.'))
      .map((mail) => mail.to_address);
    expect(thankedAddresses.sort()).toEqual(fiveStakeholders.map((s) => s.email).sort());
  });
});
