import { afterEach, beforeEach, expect, test } from 'vitest';
import { fiveStakeholders, leaderWithCycle } from '../support/leader-fixture';
import { startPushService } from '../support/push-service';
import { describeEachEngine } from '../support/test-database';
import { appWithClock, type Json } from './adversary-kit';

/**
 * A notification shows on a lock screen and passes through the browser maker's push service. Seed a
 * leader with everything private (behaviors, notes, scores, a goal, stakeholders' names and
 * addresses), send every kind of push there is, decrypt each with the device's own keys, and look for
 * any of it (decision 0049, M64).
 */
describeEachEngine('push notifications carry nothing private', (engine) => {
  let testApp: Awaited<ReturnType<typeof appWithClock>>['testApp'];
  let clock: Awaited<ReturnType<typeof appWithClock>>['clock'];
  let service: Awaited<ReturnType<typeof startPushService>>;
  beforeEach(async () => {
    ({ testApp, clock } = await appWithClock(engine, { SMTP_URL: 'smtp://127.0.0.1:1' }));
    service = await startPushService();
  });
  afterEach(async () => {
    await service.stop();
    await testApp.dispose();
  });

  test('no behavior, note, score, goal or name in any payload, only a title, a fixed sentence and a path', async () => {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const behaviors = [
      {
        situation: 'When Ada Report brings me the Zanzibar escalation',
        action: 'I will ask Quentin-secret what he tried before I suggest anything',
        frequency: 'In every one-to-one',
        noticedBy: 'They will hear a question from me before any advice',
      },
      {
        situation: 'When the Marmalade project slips',
        action: 'I will share the Xylophone budget reasons in the team channel',
        frequency: 'Every decision',
        noticedBy: 'They will read the reasons in the channel',
      },
    ];
    const commitmentIds: string[] = [];
    for (const behavior of behaviors) {
      const made = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, behavior);
      commitmentIds.push(((await made.json()) as Json).commitment.id);
    }
    const notes = ['Private note: Ben Report cried in our meeting', 'Private note: Dee Peer wants my job'];
    const scored = await leader.client.put(`/api/commitments/${commitmentIds[0]}/checkins/2026-11-30`, {
      score: 3,
      note: notes[0],
    });
    expect(scored.status).toBe(200);
    await leader.client.put(`/api/commitments/${commitmentIds[1]}/checkins/2026-11-29`, {
      score: 9,
      note: notes[1],
    });

    const phone = service.device();
    await leader.client.post('/api/push/devices', phone.subscription);
    await leader.client.put(`/api/cycles/${cycle.id}/daily-reminder`, {
      enabled: true,
      time: '07:30',
      timeZone: 'Europe/Berlin',
      byEmail: true,
      byPush: true,
    });
    await leader.client.post('/api/push/test');
    // Saved after 07:30 Berlin time, so the first reminder is the next morning's; on that morning the
    // leader has already answered one behavior, not the other, so it still goes.
    for (const day of ['2026-12-02', '2026-12-03']) {
      if (day === '2026-12-02')
        await leader.client.put(`/api/commitments/${commitmentIds[0]}/checkins/${day}`, {
          score: 8,
          note: notes[0],
        });
      clock.set(`${day}T06:30:01Z`);
      await testApp.jobRunner.tick();
      await testApp.jobRunner.tick();
    }

    const payloads = phone.messages() as Json[];
    expect(payloads.map((payload) => payload.tag)).toEqual(['test', 'daily-question', 'daily-question']);
    const secrets = [
      ...behaviors.flatMap((behavior) => Object.values(behavior)),
      ...notes,
      ...fiveStakeholders.flatMap((person) => [person.name, person.email]),
      ...['Zanzibar', 'Quentin', 'Marmalade', 'Xylophone', 'Ben Report', 'Dee Peer'],
      cycle.goal,
      cycle.problem,
    ];
    for (const payload of payloads) {
      expect(Object.keys(payload).sort()).toEqual(['body', 'tag', 'title', 'url']);
      expect(payload.url).toMatch(/^\/(cycles\/[^/]+\/practice)?$/);
      const text = JSON.stringify(payload);
      for (const secret of secrets) expect(text).not.toContain(secret);
      // No score either: the words a person reads hold no digit at all.
      expect(`${payload.title} ${payload.body}`).not.toMatch(/\d/);
    }
    // The raw bytes on the wire are encrypted: not even the generic sentence is readable there.
    for (const request of service.received) expect(request.body.toString('latin1')).not.toContain('daily');
  });
});
