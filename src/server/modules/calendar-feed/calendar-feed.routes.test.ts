import ICAL from 'ical.js';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { appWithClock, openRoundOf } from '../../../../tests/adversarial/adversary-kit';
import {
  askBeforeAdvising,
  fiveStakeholders,
  leaderWithCycle,
} from '../../../../tests/support/leader-fixture';
import type { TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

type Setup = Awaited<ReturnType<typeof leaderWithCycle>>;

/** The feed as a calendar app reads it: parsed by ical.js, which refuses malformed iCalendar. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      start: component.getFirstProperty('dtstart'),
      /** DTSTART as written: a DATE, or a local time in its TZID. */
      startsAt: String(component.getFirstPropertyValue('dtstart')),
      stamp: component.getFirstPropertyValue('dtstamp'),
      rrule: component.getFirstPropertyValue('rrule')?.toString() ?? null,
    };
  });
  const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'));
  return { calendar, events, zones };
}

const kindOf = (uid: string) => uid.split('.')[0];

describeEachEngine('the calendar feed', (engine) => {
  let testApp: TestApp;
  let clock: Awaited<ReturnType<typeof appWithClock>>['clock'];
  let setup: Setup;

  beforeEach(async () => {
    ({ testApp, clock } = await appWithClock(engine));
    clock.set('2026-03-02T09:00:00Z');
    setup = await leaderWithCycle(testApp);
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function makeFeed() {
    const made = await setup.leader.client.post('/api/calendar-feed');
    expect(made.status).toBe(201);
    const { url } = (await made.json()) as { url: string };
    return new URL(url).pathname;
  }

  /** Fetched the way a calendar app does: no cookie, no Origin. */
  async function fetchFeed(path: string) {
    const response = await testApp.app.request(path);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  }

  const setReminder = (time: string) =>
    setup.leader.client.put(`/api/cycles/${setup.cycle.id}/daily-reminder`, {
      enabled: true,
      time,
      timeZone: 'Europe/Berlin',
    });

  test('holds the daily question in the leader zone and an open round closing day, each with UID, DTSTAMP and SEQUENCE', async () => {
    expect((await setReminder('07:30')).status).toBe(200);
    await openRoundOf(setup, 'listening', '2026-03-09');
    const feed = await fetchFeed(await makeFeed());
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    const { calendar, events, zones } = parse(feed.text);
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Feedforward');
    expect(zones).toEqual(['Europe/Berlin']);
    const daily = events.find((event) => kindOf(event.uid) === 'daily-question');
    expect(daily?.rrule).toBe('FREQ=DAILY');
    expect(daily?.start?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(daily?.startsAt).toBe('2026-03-02T07:30:00');
    const closing = events.find((event) => kindOf(event.uid) === 'round-closing');
    expect(closing?.start?.type).toBe('date');
    expect(closing?.startsAt).toBe('2026-03-09');
    for (const event of events) {
      expect(event.uid).toMatch(/@localhost:3000$/);
      expect(event.stamp?.toString()).toBe('2026-03-02T09:00:00Z');
      expect(event.sequence).toBe(0);
    }
  });

  test('a changed date keeps its UID and raises SEQUENCE once; an unchanged one stays put', async () => {
    await setReminder('07:30');
    const path = await makeFeed();
    const before = parse((await fetchFeed(path)).text).events[0];
    clock.set('2026-03-03T09:00:00Z');
    await setReminder('08:15');
    const after = parse((await fetchFeed(path)).text).events[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.startsAt).toBe('2026-03-03T08:15:00');
    expect(after?.sequence).toBe(1);
    expect(parse((await fetchFeed(path)).text).events[0]?.sequence).toBe(1);
  });

  test('when the listening round closes, its day leaves the feed and the follow-up due dates come in, and move with the cadence', async () => {
    const round = await openRoundOf(setup, 'listening', '2026-03-09');
    await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/commitments`, askBeforeAdvising);
    const path = await makeFeed();
    expect(parse((await fetchFeed(path)).text).events.map((e) => kindOf(e.uid))).toEqual(['round-closing']);
    // The leader closes it early, on the day it opened.
    expect((await setup.leader.client.post(`/api/rounds/${round.roundId}/close`)).status).toBeLessThan(300);
    const due = parse((await fetchFeed(path)).text).events;
    expect(due.map((e) => kindOf(e.uid)).sort()).toEqual(['mini-survey', 'monthly-check-in']);
    const miniSurvey = () => due.find((e) => kindOf(e.uid) === 'mini-survey');
    expect(miniSurvey()?.startsAt).toBe('2026-05-31');
    await setup.leader.client.put(`/api/cycles/${setup.cycle.id}/follow-up`, { miniSurveyIntervalDays: 60 });
    const moved = parse((await fetchFeed(path)).text).events.find((e) => kindOf(e.uid) === 'mini-survey');
    expect(moved?.uid).toBe(miniSurvey()?.uid);
    expect(moved?.startsAt).toBe('2026-05-01');
    expect(moved?.sequence).toBe(1);
  });

  test('names no stakeholder, behavior, problem or goal', async () => {
    await setReminder('07:30');
    await openRoundOf(setup, 'listening', '2026-03-09');
    await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/commitments`, askBeforeAdvising);
    const { text } = await fetchFeed(await makeFeed());
    for (const stakeholder of fiveStakeholders) expect(text).not.toContain(stakeholder.name.split(' ')[0]);
    expect(text).not.toContain(askBeforeAdvising.action);
    expect(text).not.toContain('listening so that');
    expect(text).not.toContain('Lee');
  });

  test('a new link revokes the old one, and removing the feed revokes it too', async () => {
    const first = await makeFeed();
    const second = await makeFeed();
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    const status = await setup.leader.client.get('/api/calendar-feed');
    expect(await status.json()).toEqual({ feed: { createdAt: '2026-03-02T09:00:00.000Z' } });
    expect((await setup.leader.client.delete('/api/calendar-feed')).status).toBe(204);
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await (await setup.leader.client.get('/api/calendar-feed')).json()).toEqual({ feed: null });
  });

  test('only the hash of the feed token is stored', async () => {
    const path = await makeFeed();
    const token = path.split('/')[2] as string;
    const rows = await testApp.deps.repos.calendarFeed.findFeedOfUser(setup.leader.user.id);
    expect(rows?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  test('"add to calendar" gives one date as a file, with the UID the feed uses', async () => {
    await openRoundOf(setup, 'listening', '2026-03-09');
    const file = await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/calendar/round-closing`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('feedforward-round-closing.ics');
    const single = parse(await file.text()).events;
    expect(single).toHaveLength(1);
    const feed = parse((await fetchFeed(await makeFeed())).text).events;
    expect(single[0]?.uid).toBe(feed[0]?.uid);
    const none = await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/calendar/mini-survey`);
    expect(none.status).toBe(404);
    const wrong = await setup.leader.client.get(`/api/cycles/${setup.cycle.id}/calendar/birthday`);
    expect(wrong.status).toBe(400);
  });
});
