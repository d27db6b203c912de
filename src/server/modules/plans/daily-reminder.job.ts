import { z } from 'zod';
import { addDays } from '../../../shared/calendar';
import { leaderMailLanguage } from '../../../shared/i18n/catalogs/leader-mail';
import { readStored } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { queueChatPost } from '../chat';
import { queuePushes } from '../push';
import { type DailyReminderPayload, dailyReminderJob, enqueueDailyReminder } from './daily-practice.usecases';
import { localReminderInstant } from './daily-practice-schedule.models';
import { dailyReminderMessage, nextReminder } from './practice.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

const payloadSchema = z.object({
  cycleId: z.string().min(1),
  day: z.string(),
  time: z.string(),
  timeZone: z.string(),
  version: z.string(),
}) satisfies z.ZodType<DailyReminderPayload>;

/**
 * Emails the leader their daily questions at their local time, unless they already answered
 * them all that day, and schedules the next day's job. The job claim runs each job once; the
 * day claim (last_sent_on) keeps a day to one email even across a change of preference.
 */
async function sendDailyReminder(deps: Deps, payload: DailyReminderPayload) {
  const preference = await deps.repos.plans.findDailyReminder(payload.cycleId);
  const current =
    preference?.enabled === 1 &&
    preference.updated_at === payload.version &&
    preference.local_time === payload.time &&
    preference.time_zone === payload.timeZone;
  if (!current) return;
  const cycle = await deps.repos.cycles.findById(payload.cycleId);
  if (!cycle || cycle.stage === 'done') return;
  const leader = await deps.repos.accounts.findUserById(cycle.leader_id);
  const active = (await deps.repos.plans.listCommitments(cycle.id)).filter((c) => c.status === 'active');
  const answered = new Set(
    (await deps.repos.plans.listCheckins(cycle.id, payload.day, payload.day)).map((c) => c.commitment_id),
  );
  const unanswered = active.filter((commitment) => !answered.has(commitment.id));
  const now = deps.now();
  const chat = leader ? await deps.repos.chat.findChatWebhook(leader.id) : undefined;
  const url = `${deps.config.BASE_URL}/cycles/${cycle.id}`;
  const byEmail = Boolean(deps.config.SMTP_URL) && preference.by_email === 1;
  const devices =
    leader && preference.by_push === 1 ? (await deps.repos.push.listSubscriptions(leader.id)).length : 0;
  await deps.transact(async (repos) => {
    // Without SMTP (and no chat or device) the screen's own prompt does this job; a held email would only pile up.
    const worthSending = leader && unanswered.length > 0 && (byEmail || chat || devices > 0);
    if (worthSending && (await repos.plans.claimReminderDay(cycle.id, payload.day))) {
      // A notification is read on a lock screen: a fixed sentence and the practice page, nothing more.
      if (devices > 0) {
        const push = {
          userId: leader.id,
          kind: 'daily-question' as const,
          path: `/cycles/${cycle.id}/practice`,
        };
        await queuePushes(repos, { ...push, uniqueKey: `daily:${cycle.id}:${payload.day}` }, now);
      }
      if (byEmail) {
        const message = dailyReminderMessage({
          actions: unanswered.map((commitment) => commitment.action),
          url,
          language: leaderMailLanguage(leader.language),
        });
        await deps.mailer.send(
          { to: leader.email, workspaceId: null, accountId: leader.id, ...message },
          repos,
        );
      }
      // Chat gets the link only: a channel is read by others, the behaviors are the leader's own.
      if (chat) {
        const post = { userId: leader.id, kind: 'daily-question' as const, link: url };
        await queueChatPost(repos, { ...post, uniqueKey: `daily:${cycle.id}:${payload.day}` }, now);
      }
    }
    const preferred = { time: payload.time, timeZone: payload.timeZone };
    const tomorrow = addDays(payload.day, 1);
    const tomorrowAt = localReminderInstant(tomorrow, payload.time, payload.timeZone);
    // After downtime the next reminder is the next one still ahead, not a burst of missed days.
    const next = tomorrowAt > now ? { day: tomorrow, at: tomorrowAt } : nextReminder(preferred, now);
    await enqueueDailyReminder(repos, cycle.leader_id, { ...payload, day: next.day }, next.at, now);
  });
}

export function planJobHandlers(deps: Deps) {
  return {
    [dailyReminderJob]: (payload: unknown) =>
      sendDailyReminder(deps, readStored(payloadSchema, payload, `payload of a ${dailyReminderJob} job`)),
  };
}
