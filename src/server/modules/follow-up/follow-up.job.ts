import { z } from 'zod';
import { leaderMailLanguage } from '../../../shared/i18n/catalogs/leader-mail';
import { readStored } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { queueChatPost } from '../chat';
import type { JobRunner } from '../jobs';
import { DEFAULT_MINI_SURVEY_INTERVAL_DAYS, followUpStatus, miniSurveyDueAt } from './follow-up.models';
import { followUpFactsOfCycle, followUpOfCycle } from './follow-up.usecases';
import { miniSurveyDueMessage, nextFollowUpSweep } from './follow-up-messages.models';
import { nextLookAt } from './follow-up-sweep.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'mailer' | 'config'>;

// Stored in queued rows as it is: the sweep now runs hourly, the kind keeps its first name.
export const followUpSweepJob = 'follow-up.daily';
export const miniSurveyDueJob = 'follow-up.mini-survey-due';

const miniSurveyDuePayloadSchema = z.object({ cycleId: z.string().min(1), dueOn: z.string() });
type MiniSurveyDuePayload = z.infer<typeof miniSurveyDuePayloadSchema>;

/** Queues the sweep for runAt's hour; the key per hour keeps it to one sweep an hour across all processes. */
export async function scheduleFollowUpSweep(deps: Pick<Deps, 'repos' | 'now'>, runAt = deps.now()) {
  await deps.repos.jobs.enqueue(
    {
      kind: followUpSweepJob,
      payload: {},
      runAt,
      uniqueKey: `${followUpSweepJob}:${runAt.toISOString().slice(0, 13)}`,
      accountId: null,
    },
    deps.now(),
  );
}

/**
 * Looks at the cycles whose look is due (decision 0055: the moment their mini-survey falls due, or
 * a fact of their schedule changed) and queues one prompt per cycle and due day (the unique key),
 * so a cycle left due for weeks still yields a single prompt for that due day.
 */
async function sweep(deps: Deps) {
  const now = deps.now();
  const looks: { cycleId: string; nextLookAt: Date | null }[] = [];
  for (const cycleId of await deps.repos.followUp.startLooks(now)) {
    const cycle = await deps.repos.cycles.findById(cycleId);
    if (!cycle) continue;
    const { facts, settings } = await followUpFactsOfCycle(deps, cycle);
    const status = followUpStatus(facts, now);
    if (status.miniSurveyDue && status.nextMiniSurveyOn) {
      const payload: MiniSurveyDuePayload = { cycleId, dueOn: status.nextMiniSurveyOn };
      await deps.repos.jobs.enqueue(
        {
          kind: miniSurveyDueJob,
          payload,
          runAt: now,
          uniqueKey: `${miniSurveyDueJob}:${cycleId}:${payload.dueOn}`,
          accountId: cycle.leader_id,
        },
        now,
      );
    }
    const look = {
      status,
      dueAt: miniSurveyDueAt(facts),
      promptedFor: settings?.mini_survey_prompted_for ?? null,
    };
    looks.push({ cycleId, nextLookAt: nextLookAt(look, now) });
  }
  // One transaction: on SQLite one commit instead of one per cycle.
  await deps.transact((repos) => repos.followUp.finishLooks(now, looks));
  await scheduleFollowUpSweep(deps, nextFollowUpSweep(now));
}

/**
 * A due mini-survey is NOT opened on the leader's behalf: an email would go to their manager
 * and reports in their name without their knowing, people without email would get links nobody
 * sees, and the method's point is that the leader follows up themselves. So the leader gets one
 * reminder per due day, with the survey one click away; the cycle page shows it as due as well.
 */
async function promptLeader(deps: Deps, { cycleId, dueOn }: MiniSurveyDuePayload) {
  const cycle = await deps.repos.cycles.findById(cycleId);
  if (!cycle) return;
  const status = await followUpOfCycle(deps, cycle);
  if (!status.miniSurveyDue || status.nextMiniSurveyOn !== dueOn) return;
  const leader = await deps.repos.accounts.findUserById(cycle.leader_id);
  const chat = leader ? await deps.repos.chat.findChatWebhook(leader.id) : undefined;
  // Without SMTP or chat the cycle page's own prompt does this job; a held email would only pile up.
  if (!leader || !(deps.config.SMTP_URL || chat)) return;
  const commitments = await deps.repos.plans.listCommitments(cycleId);
  const actions = commitments.filter((c) => c.status === 'active').map((c) => c.action);
  const now = deps.now();
  await deps.transact(async (repos) => {
    if (!(await repos.followUp.claimMiniSurveyPrompt(cycleId, dueOn, DEFAULT_MINI_SURVEY_INTERVAL_DAYS, now)))
      return;
    const url = `${deps.config.BASE_URL}/cycles/${cycleId}`;
    if (deps.config.SMTP_URL) {
      const message = miniSurveyDueMessage({ actions, url, language: leaderMailLanguage(leader.language) });
      await deps.mailer.send(
        { to: leader.email, workspaceId: null, accountId: leader.id, ...message },
        repos,
      );
    }
    if (chat) {
      const post = { userId: leader.id, kind: 'mini-survey-due' as const, link: url };
      await queueChatPost(repos, { ...post, uniqueKey: `mini-survey:${cycleId}:${dueOn}` }, now);
    }
  });
}

export function followUpJobHandlers(deps: Deps) {
  return {
    [followUpSweepJob]: () => sweep(deps),
    [miniSurveyDueJob]: (payload: unknown) =>
      promptLeader(
        deps,
        readStored(miniSurveyDuePayloadSchema, payload, `payload of a ${miniSurveyDueJob} job`),
      ),
  };
}

/** Starting the runner queues today's sweep (each sweep queues the next), as retention does. */
export function withDailyFollowUp(jobRunner: JobRunner, deps: Deps & Pick<AppDeps, 'log'>): JobRunner {
  return {
    ...jobRunner,
    start() {
      scheduleFollowUpSweep(deps).catch((error: unknown) =>
        deps.log.error('follow-up scheduling failed', { error: String(error) }),
      );
      jobRunner.start();
    },
  };
}
