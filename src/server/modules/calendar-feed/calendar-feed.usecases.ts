import type { CurrentUser } from '../../../shared/accounts';
import { localDay } from '../../../shared/calendar';
import type {
  CalendarDateKind,
  CalendarFeedStatus,
  CreatedCalendarFeed,
} from '../../../shared/calendar-feed';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { hashToken, newToken } from '../../security/tokens';
import { type CycleRow, requireOwnCycle } from '../cycles';
import { followUpOfCycle } from '../follow-up';
import { renderCalendar } from './calendar-feed.ics';
import { type CycleDates, type FeedEvent, feedEvents, versionEvents } from './calendar-feed.models';

type Deps = Pick<AppDeps, 'repos' | 'now' | 'config'>;

/** Marks a feed link as ours, so a leaked one is recognizable; the rest is 256 random bits. */
const feedTokenPrefix = 'ffc_';
const feedTokenPattern = /^ffc_[A-Za-z0-9_-]{43}$/;

export const feedUrlOf = (baseUrl: string, token: string) => `${baseUrl}/calendar/${token}/feedforward.ics`;

export async function getCalendarFeedStatus(deps: Deps, user: CurrentUser): Promise<CalendarFeedStatus> {
  const feed = await deps.repos.calendarFeed.findFeedOfUser(user.id);
  return { feed: feed ? { createdAt: feed.created_at } : null };
}

/** Makes the leader's feed, or a new one: the old URL stops working in the same write. */
export async function createCalendarFeed(deps: Deps, user: CurrentUser): Promise<CreatedCalendarFeed> {
  const token = `${feedTokenPrefix}${newToken()}`;
  const now = deps.now();
  await deps.repos.calendarFeed.replaceFeed(user.id, hashToken(token), now);
  return { url: feedUrlOf(deps.config.BASE_URL, token), createdAt: now.toISOString() };
}

export async function deleteCalendarFeed(deps: Deps, user: CurrentUser): Promise<void> {
  await deps.repos.calendarFeed.deleteFeed(user.id);
}

async function datesOfCycle(deps: Deps, cycle: CycleRow): Promise<CycleDates> {
  const [followUp, rounds, reminder] = await Promise.all([
    followUpOfCycle(deps, cycle),
    deps.repos.rounds.listRoundsOfCycle(cycle.id),
    deps.repos.plans.findDailyReminder(cycle.id),
  ]);
  return {
    cycleId: cycle.id,
    dailyQuestion:
      reminder?.enabled === 1
        ? {
            time: reminder.local_time,
            timeZone: reminder.time_zone,
            // From the day it was set: the series does not claim days before the leader chose it.
            startsOn: localDay(new Date(reminder.updated_at), reminder.time_zone),
          }
        : null,
    nextCheckInOn: followUp.nextCheckInOn,
    nextMiniSurveyOn: followUp.nextMiniSurveyOn,
    roundsClosing: rounds
      .filter((round) => round.status === 'open')
      .map((round) => ({ roundId: round.id, closesOn: round.closes_on })),
  };
}

function eventsOf(deps: Deps, dates: CycleDates[]): FeedEvent[] {
  return feedEvents(dates, {
    host: new URL(deps.config.BASE_URL).host,
    cycleUrl: (cycleId) => `${deps.config.BASE_URL}/cycles/${cycleId}`,
  });
}

/** Numbers the events (SEQUENCE) against what calendars saw last, and stores what changed. */
async function render(deps: Deps, userId: string, events: FeedEvent[], name: string) {
  const stored = await deps.repos.calendarFeed.listEventVersions(userId);
  const { versioned, changed } = versionEvents(events, stored);
  for (const version of changed) await deps.repos.calendarFeed.saveEventVersion(userId, version);
  return renderCalendar(versioned, deps.now(), name);
}

/** The whole feed behind a feed URL; an unknown or revoked token finds nothing. */
export async function calendarFeedOfToken(deps: Deps, token: string): Promise<string> {
  const feed = feedTokenPattern.test(token)
    ? await deps.repos.calendarFeed.findFeedByTokenHash(hashToken(token))
    : undefined;
  if (!feed) throw notFound('calendar_feed_not_found', 'This calendar link was replaced or removed.');
  const cycles = (await deps.repos.cycles.listAllOfLeader(feed.user_id)).filter((c) => c.stage !== 'done');
  const dates = await Promise.all(cycles.map((cycle) => datesOfCycle(deps, cycle)));
  return render(deps, feed.user_id, eventsOf(deps, dates), 'Feedforward');
}

/** One date of one cycle as its own file, with the same UID as in the feed, for "add to calendar". */
export async function calendarFileOfDate(
  deps: Deps,
  user: CurrentUser,
  cycleId: string,
  kind: CalendarDateKind,
): Promise<string> {
  const cycle = await requireOwnCycle(deps, user, cycleId);
  const events = cycle.stage === 'done' ? [] : eventsOf(deps, [await datesOfCycle(deps, cycle)]);
  const event = events.find((candidate) => candidate.kind === kind);
  if (!event) throw notFound('calendar_date_not_found', 'This cycle has no such date coming up.');
  return render(deps, user.id, [event], 'Feedforward');
}
