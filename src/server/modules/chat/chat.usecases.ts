import { z } from 'zod';
import type { CurrentUser } from '../../../shared/accounts';
import type { ChatService, ChatWebhookInput, ChatWebhookStatus } from '../../../shared/chat';
import type { AppDeps } from '../../deps';
import { invalid, notFound } from '../../errors';
import type { Repositories } from '../../repositories';
import { newId } from '../../security/tokens';
import { postWebhook, TargetRefused, targetPolicyOf, vetTarget } from '../webhooks';
import { type ChatMessageKind, chatMessageBody, chatServiceOfHost } from './chat.models';

type Deps = Pick<AppDeps, 'repos' | 'now' | 'config'>;

export const chatPostJob = 'chat.post';
const chatPostPayload = z.object({
  userId: z.string().min(1),
  kind: z.enum(['daily-question', 'mini-survey-due', 'test']),
  link: z.string().min(1),
});

const hostOf = (url: string) => new URL(url).hostname;

export async function getChatWebhook(deps: Deps, user: CurrentUser): Promise<ChatWebhookStatus> {
  const row = await deps.repos.chat.findChatWebhook(user.id);
  return {
    chatWebhook: row
      ? { service: row.service as ChatService, host: hostOf(row.url), createdAt: row.created_at }
      : null,
  };
}

/**
 * The service comes from the host, which must be Slack's or Microsoft's; loopback is let through only
 * while the server itself runs on loopback (development and tests, as for webhooks, M45), and every
 * address is checked against the SSRF rules now and again before each post.
 */
async function serviceOf(deps: Deps, url: string): Promise<ChatService> {
  const policy = targetPolicyOf(deps.config);
  const service = chatServiceOfHost(hostOf(url));
  const local = policy.allowLoopback && ['127.0.0.1', 'localhost', '[::1]'].includes(hostOf(url));
  if (!service && !local)
    throw invalid(
      'chat_host_not_allowed',
      'Webhook URL must be a Slack (hooks.slack.com) or Microsoft Teams (webhook.office.com, Power Automate) incoming webhook',
      'url',
    );
  try {
    await vetTarget(url, policy);
  } catch (error) {
    if (error instanceof TargetRefused)
      throw invalid('chat_target_refused', error.message.replace(/^URL/, 'Webhook URL'), 'url');
    throw error;
  }
  // A local receiver in development stands in for Slack.
  return service ?? 'slack';
}

export async function saveChatWebhook(deps: Deps, user: CurrentUser, input: ChatWebhookInput) {
  const service = await serviceOf(deps, input.url);
  const now = deps.now().toISOString();
  await deps.repos.chat.saveChatWebhook({ user_id: user.id, service, url: input.url, created_at: now });
  return getChatWebhook(deps, user);
}

export async function deleteChatWebhook(deps: Deps, user: CurrentUser) {
  await deps.repos.chat.deleteChatWebhook(user.id);
}

/** Queues a chat post in the caller's transaction, so it goes out exactly when the reminder is claimed. */
export async function queueChatPost(
  repos: Pick<Repositories, 'jobs'>,
  post: { userId: string; kind: ChatMessageKind; link: string; uniqueKey: string },
  now: Date,
) {
  await repos.jobs.enqueue(
    {
      kind: chatPostJob,
      payload: { userId: post.userId, kind: post.kind, link: post.link },
      runAt: now,
      accountId: post.userId,
      uniqueKey: `${chatPostJob}:${post.uniqueKey}`,
    },
    now,
  );
}

export async function sendChatTest(deps: Deps & Pick<AppDeps, 'wakeJobs'>, user: CurrentUser) {
  if (!(await deps.repos.chat.findChatWebhook(user.id)))
    throw notFound('chat_webhook_not_found', 'Add a Slack or Teams webhook first.');
  const link = `${deps.config.BASE_URL}/cycles`;
  await queueChatPost(deps.repos, { userId: user.id, kind: 'test', link, uniqueKey: newId() }, deps.now());
  deps.wakeJobs();
  return { queued: true as const };
}

/** Job: one attempt; a refusal or a non-2xx throws, so the jobs module retries with backoff. */
export async function deliverChatPost(deps: Deps, payload: unknown): Promise<void> {
  const post = chatPostPayload.parse(payload);
  const row = await deps.repos.chat.findChatWebhook(post.userId);
  // Removed since it was queued: nothing to post to.
  if (!row) return;
  const target = await vetTarget(row.url, targetPolicyOf(deps.config));
  const body = chatMessageBody(row.service as ChatService, post.kind, post.link);
  const headers = { 'content-type': 'application/json', 'user-agent': 'Feedforward-Chat/1' };
  const outcome = await postWebhook(target, body, headers, deps.config.WEBHOOK_TIMEOUT_MS);
  if ('error' in outcome) throw new Error(`chat post failed: ${outcome.error}`);
  if (outcome.responseCode < 200 || outcome.responseCode > 299)
    throw new Error(`chat post answered ${outcome.responseCode}`);
}
