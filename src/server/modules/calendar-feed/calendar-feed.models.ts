// Which dates of a leader's cycles go into their calendar, and how each event keeps one identity
// while its date moves. Pure: the facts come in, events and their SEQUENCE numbers go out.

import type { CalendarDateKind } from '../../../shared/calendar-feed';

/** What one open cycle can put in a calendar; days are the leader's calendar days (YYYY-MM-DD). */
export type CycleDates = {
  cycleId: string;
  dailyQuestion: { time: string; timeZone: string; startsOn: string } | null;
  nextCheckInOn: string | null;
  nextMiniSurveyOn: string | null;
  /** Open rounds: they take answers until the end of this day. */
  roundsClosing: { roundId: string; closesOn: string }[];
};

type EventBase = { uid: string; kind: CalendarDateKind; summary: string; description: string; url: string };

/** An all-day date, or the daily question: a few minutes at the leader's own wall-clock time, every day. */
export type FeedEvent = EventBase &
  ({ allDay: true; day: string } | { allDay: false; day: string; time: string; timeZone: string });

export type VersionedEvent = FeedEvent & { sequence: number };

// Titles and descriptions name no stakeholder, behavior, note or answer: a feed URL travels
// through calendar providers, so it carries dates and a link back, nothing more.
const texts: Record<CalendarDateKind, { summary: string; description: string }> = {
  'daily-question': {
    summary: 'Feedforward: daily questions',
    description: 'Score your effort on each behavior you practice today (under a minute).',
  },
  'monthly-check-in': {
    summary: 'Feedforward: monthly check-in due',
    description: 'Ask your stakeholders what progress they have seen and what you should do next.',
  },
  'mini-survey': {
    summary: 'Feedforward: mini-survey due',
    description: 'Ask your stakeholders whether they see you becoming more effective.',
  },
  'round-closing': {
    summary: 'Feedforward: round closes today',
    description: 'The round takes answers until the end of this day; results appear once it closes.',
  },
};

function event(kind: CalendarDateKind, id: string, host: string, url: string): EventBase {
  return { uid: `${kind}.${id}@${host}`, kind, url, ...texts[kind] };
}

/** Every event of the leader's open cycles, one per date kind and cycle (and per open round). */
export function feedEvents(
  cycles: readonly CycleDates[],
  links: { host: string; cycleUrl: (id: string) => string },
) {
  const events: FeedEvent[] = [];
  for (const cycle of cycles) {
    const url = links.cycleUrl(cycle.cycleId);
    const base = (kind: CalendarDateKind, id = cycle.cycleId) => event(kind, id, links.host, url);
    if (cycle.dailyQuestion) {
      const { time, timeZone, startsOn } = cycle.dailyQuestion;
      events.push({ ...base('daily-question'), allDay: false, day: startsOn, time, timeZone });
    }
    if (cycle.nextCheckInOn)
      events.push({ ...base('monthly-check-in'), allDay: true, day: cycle.nextCheckInOn });
    if (cycle.nextMiniSurveyOn)
      events.push({ ...base('mini-survey'), allDay: true, day: cycle.nextMiniSurveyOn });
    for (const round of cycle.roundsClosing) {
      events.push({ ...base('round-closing', round.roundId), allDay: true, day: round.closesOn });
    }
  }
  return events;
}

/** Everything a calendar shows of an event: when it changes, calendars must be told (SEQUENCE). */
export function fingerprintOf(event: FeedEvent): string {
  const when = event.allDay ? event.day : `${event.day} ${event.time} ${event.timeZone}`;
  return [when, event.summary, event.description, event.url].join('\n');
}

type StoredVersion = { uid: string; fingerprint: string; sequence: number };

/**
 * Each event's SEQUENCE: 0 when first served, one more each time what it shows changed since the
 * feed was last read. `changed` lists the versions to store.
 */
export function versionEvents(events: readonly FeedEvent[], stored: readonly StoredVersion[]) {
  const previous = new Map(stored.map((version) => [version.uid, version]));
  const versioned: VersionedEvent[] = [];
  const changed: StoredVersion[] = [];
  for (const feedEvent of events) {
    const fingerprint = fingerprintOf(feedEvent);
    const before = previous.get(feedEvent.uid);
    const sequence = !before ? 0 : before.fingerprint === fingerprint ? before.sequence : before.sequence + 1;
    if (before?.fingerprint !== fingerprint) changed.push({ uid: feedEvent.uid, fingerprint, sequence });
    versioned.push({ ...feedEvent, sequence });
  }
  return { versioned, changed };
}
