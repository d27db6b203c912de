import { z } from 'zod';
import type { CurrentUser } from '../../../shared/accounts';
import { roundKinds } from '../../../shared/cycles';
import type { ChangeSummary } from '../../../shared/follow-up';
import {
  type CreatedWebhook,
  type CreateWebhookInput,
  maxWebhooksPerAccount,
  type SentWebhookEvent,
  type Webhook,
  type WebhookBody,
  type WebhookDelivery,
  webhookDeliveryStatuses,
  webhookEventSchema,
} from '../../../shared/webhooks';
import { readStoredJson } from '../../db/stored-json';
import type { AppDeps } from '../../deps';
import { conflict, invalid, notFound } from '../../errors';
import { hashToken, newId, newToken, secureRandom } from '../../security/tokens';
import {
  questionsOf,
  releaseChangeSummaries,
  releaseRoundResults,
  roundForRelease,
} from '../rounds/public.models';
import { TargetRefused, targetPolicyOf, vetTarget } from './webhook-target';
import { type ChangeFigure, type ClosedRoundView, closedRoundEvents } from './webhooks.models';
import type { WebhookDeliveryRow, WebhookRow } from './webhooks.repository';

type Deps = Pick<AppDeps, 'repos' | 'now' | 'config' | 'wakeJobs'>;

export const roundClosedWebhookJob = 'webhooks.round-closed';
export const deliverWebhookJob = 'webhooks.deliver';

const storedEvents = z.array(webhookEventSchema);
const roundKindSchema = z.enum(roundKinds);
const deliveryStatus = z.enum(webhookDeliveryStatuses);

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: readStoredJson(storedEvents, row.events, 'webhook events'),
    enabled: row.enabled === 1,
    createdAt: row.created_at,
  };
}

function toDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    event: row.event,
    status: deliveryStatus.parse(row.status),
    attempts: row.attempts,
    responseCode: row.response_code,
    error: row.last_error,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
  };
}

const noSuchWebhook = () =>
  notFound('webhook_not_found', 'You have no such webhook. It may have been deleted.');

async function requireOwnWebhook(deps: Pick<Deps, 'repos'>, user: CurrentUser, id: string) {
  const row = await deps.repos.webhooks.findOwnWebhook(user.id, id);
  if (!row) throw noSuchWebhook();
  return row;
}

export async function listWebhooks(deps: Pick<Deps, 'repos'>, user: CurrentUser) {
  return { webhooks: (await deps.repos.webhooks.listWebhooks(user.id)).map(toWebhook) };
}

export async function createWebhook(
  deps: Deps,
  user: CurrentUser,
  input: CreateWebhookInput,
): Promise<CreatedWebhook> {
  if ((await deps.repos.webhooks.countWebhooks(user.id)) >= maxWebhooksPerAccount)
    throw conflict('too_many_webhooks', `You can have at most ${maxWebhooksPerAccount} webhooks.`, 'url');
  try {
    await vetTarget(input.url, targetPolicyOf(deps.config));
  } catch (error) {
    if (error instanceof TargetRefused) throw invalid('webhook_url_refused', error.message, 'url');
    throw error;
  }
  const secret = `whsec_${newToken()}`;
  const row: WebhookRow = {
    id: newId(),
    user_id: user.id,
    url: input.url,
    events: JSON.stringify(input.events),
    secret,
    enabled: 1,
    created_at: deps.now().toISOString(),
  };
  await deps.repos.webhooks.insertWebhook(row);
  return { webhook: toWebhook(row), secret };
}

export async function setWebhookEnabled(deps: Deps, user: CurrentUser, id: string, enabled: boolean) {
  await requireOwnWebhook(deps, user, id);
  await deps.repos.webhooks.setEnabled(id, enabled);
}

/** Its deliveries go with it (foreign key); queued ones then find nothing to send. */
export async function deleteWebhook(deps: Deps, user: CurrentUser, id: string) {
  await requireOwnWebhook(deps, user, id);
  await deps.repos.webhooks.deleteWebhook(id);
}

export async function listWebhookDeliveries(deps: Deps, user: CurrentUser, id: string) {
  await requireOwnWebhook(deps, user, id);
  return { deliveries: (await deps.repos.webhooks.listDeliveries(id)).map(toDelivery) };
}

/**
 * Queues one delivery, sent by the jobs module with its retries and backoff. The body is fixed
 * now, so every retry sends the same bytes; `id` makes queueing the same event twice a no-op.
 */
async function queueDelivery(
  deps: Pick<Deps, 'repos' | 'now'>,
  webhook: Pick<WebhookRow, 'id' | 'user_id'>,
  id: string,
  event: SentWebhookEvent,
  data: Record<string, unknown>,
): Promise<WebhookDeliveryRow | null> {
  const now = deps.now().toISOString();
  const body: WebhookBody = { id, event, createdAt: now, data };
  const row: WebhookDeliveryRow = {
    id,
    webhook_id: webhook.id,
    event,
    body: JSON.stringify(body),
    status: 'pending',
    attempts: 0,
    response_code: null,
    last_error: null,
    created_at: now,
    last_attempt_at: null,
  };
  if (!(await deps.repos.webhooks.insertDelivery(row))) return null;
  await deps.repos.jobs.enqueue(
    {
      kind: deliverWebhookJob,
      payload: { deliveryId: id },
      runAt: deps.now(),
      uniqueKey: `${deliverWebhookJob}:${id}`,
      accountId: webhook.user_id,
    },
    deps.now(),
  );
  return row;
}

export async function sendTestDelivery(deps: Deps, user: CurrentUser, id: string) {
  const webhook = await requireOwnWebhook(deps, user, id);
  if (webhook.enabled !== 1)
    throw conflict('webhook_disabled', 'This webhook is disabled. Enable it to send a test.');
  const row = await queueDelivery(deps, webhook, newId(), 'ping', {
    webhookId: webhook.id,
    message: 'A test delivery from Feedforward.',
  });
  deps.wakeJobs();
  if (!row) throw new Error('a fresh delivery id was already taken');
  return { delivery: toDelivery(row) };
}

/**
 * Called whenever a round closes (by its leader or its closing date). Only queues a job, keyed by
 * the round, so closing stays quick and a round announced twice is announced once.
 */
export async function announceRoundClosed(deps: Pick<Deps, 'repos' | 'now' | 'wakeJobs'>, roundId: string) {
  const round = await deps.repos.rounds.findRound(roundId);
  const cycle = round && (await deps.repos.cycles.findById(round.cycle_id));
  if (!cycle) return;
  await deps.repos.jobs.enqueue(
    {
      kind: roundClosedWebhookJob,
      payload: { roundId },
      runAt: deps.now(),
      uniqueKey: `${roundClosedWebhookJob}:${roundId}`,
      accountId: cycle.leader_id,
    },
    deps.now(),
  );
  deps.wakeJobs();
}

function changeFigureOf(summary: ChangeSummary): ChangeFigure {
  const ids = { questionId: summary.questionId, commitmentId: summary.subject };
  if (summary.hidden) return { ...ids, hidden: true };
  const { n, mean, shareImproved, realProgress } = summary;
  return { ...ids, hidden: false, n, mean, shareImproved, realProgress };
}

/** The round as its leader sees it once closed: the same release rules, without any text. */
async function closedRoundView(deps: Pick<Deps, 'repos'>, roundId: string): Promise<ClosedRoundView | null> {
  const round = await deps.repos.rounds.findRound(roundId);
  if (round?.status !== 'closed' || !round.closed_at) return null;
  const cycle = await deps.repos.cycles.findById(round.cycle_id);
  if (!cycle) return null;
  const kind = roundKindSchema.parse(round.kind);
  const questions = questionsOf(round);
  const responses = await deps.repos.rounds.listResponses(roundId);
  const invited = await deps.repos.rounds.countInvitationsByGroup(roundId);
  const forRelease = roundForRelease({ status: round.status, questions, invited }, responses);
  const results = releaseRoundResults(forRelease, round.anonymity_k, secureRandom);
  return {
    roundId,
    cycleId: cycle.id,
    workspaceId: cycle.workspace_id,
    kind,
    openedAt: round.opened_at,
    closesOn: round.closes_on,
    closedAt: round.closed_at,
    invitedCount: await deps.repos.rounds.countInvitations(roundId),
    responseCount: responses.length,
    released: results.released,
    anonymityK: round.anonymity_k,
    changes: results.released
      ? releaseChangeSummaries(forRelease, round.anonymity_k).map(changeFigureOf)
      : [],
  };
}

const roundClosedPayload = z.object({ roundId: z.string().min(1) });

/** Job: one delivery per event of the round for each of its leader's enabled webhooks that wants it. */
export async function queueRoundClosedDeliveries(deps: Deps, payload: unknown) {
  const { roundId } = roundClosedPayload.parse(payload);
  const round = await deps.repos.rounds.findRound(roundId);
  const cycle = round && (await deps.repos.cycles.findById(round.cycle_id));
  if (!cycle) return;
  const webhooks = (await deps.repos.webhooks.listWebhooks(cycle.leader_id)).filter((row) => row.enabled);
  if (webhooks.length === 0) return;
  const view = await closedRoundView(deps, roundId);
  if (!view) return;
  for (const { event, data } of closedRoundEvents(view)) {
    for (const webhook of webhooks) {
      if (!toWebhook(webhook).events.includes(event)) continue;
      // The same id however often this runs: one delivery per webhook, event and round.
      const id = hashToken(`${webhook.id}:${event}:${roundId}`).slice(0, 32);
      await queueDelivery(deps, webhook, id, event, data);
    }
  }
  deps.wakeJobs();
}
