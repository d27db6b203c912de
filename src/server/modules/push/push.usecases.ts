import { z } from 'zod';
import type { CurrentUser } from '../../../shared/accounts';
import type { PushSetup, PushSubscriptionInput } from '../../../shared/push';
import type { AppDeps } from '../../deps';
import { invalid, notFound } from '../../errors';
import type { Repositories } from '../../repositories';
import { newId } from '../../security/tokens';
import { postWebhook, TargetRefused, targetPolicyOf, vetTarget } from '../webhooks';
import { type PushKind, pushPayload, subscriptionGone, vapidSubjectOf } from './push.models';

type Deps = Pick<AppDeps, 'repos' | 'now' | 'config'>;

export const pushSendJob = 'push.send';
const pushSendPayload = z.object({
  subscriptionId: z.string().min(1),
  kind: z.enum(['daily-question', 'test']),
  path: z.string().startsWith('/'),
});

// A reminder nobody saw within half a day is no use the next morning.
const reminderTtlSeconds = 12 * 60 * 60;

// Loaded when a key pair is first made or a push first sent, not at every start (decision 0057).
const webPush = async () => (await import('web-push')).default;

/**
 * The VAPID pair: from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY when set, otherwise the one made on first
 * start and kept in `server_keys` (the first process to make one wins; every process reads that one).
 */
export async function vapidKeys(deps: Pick<AppDeps, 'repos' | 'now' | 'config'>) {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY } = deps.config;
  if (VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY)
    return { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY };
  const stored = await deps.repos.push.findServerKey('vapid');
  if (stored) return { publicKey: stored.public_key, privateKey: stored.private_key };
  const made = (await webPush()).generateVAPIDKeys();
  await deps.repos.push.insertServerKeyIfAbsent({
    name: 'vapid',
    public_key: made.publicKey,
    private_key: made.privateKey,
    created_at: deps.now().toISOString(),
  });
  const kept = await deps.repos.push.findServerKey('vapid');
  if (!kept) throw new Error('the VAPID key pair could not be stored');
  return { publicKey: kept.public_key, privateKey: kept.private_key };
}

export async function getPushSetup(deps: Deps, user: CurrentUser): Promise<PushSetup> {
  const { publicKey } = await vapidKeys(deps);
  const rows = await deps.repos.push.listSubscriptions(user.id);
  return {
    publicKey,
    devices: rows.map((row) => ({ id: row.id, endpoint: row.endpoint, createdAt: row.created_at })),
  };
}

/**
 * The endpoint comes from the browser, but the server posts to it: it must pass the webhook SSRF
 * guard (M45), https only except loopback while the server itself runs on loopback (tests).
 */
async function vetEndpoint(deps: Deps, endpoint: string) {
  const policy = targetPolicyOf(deps.config);
  const url = new URL(endpoint);
  if (url.protocol !== 'https:' && !policy.allowLoopback)
    throw invalid('push_endpoint_refused', 'The push endpoint must be an https:// URL', 'endpoint');
  try {
    return await vetTarget(endpoint, policy);
  } catch (error) {
    if (error instanceof TargetRefused)
      throw invalid('push_endpoint_refused', error.message.replace(/^URL/, 'The push endpoint'), 'endpoint');
    throw error;
  }
}

export async function subscribeDevice(deps: Deps, user: CurrentUser, input: PushSubscriptionInput) {
  await vetEndpoint(deps, input.endpoint);
  const row = await deps.repos.push.saveSubscription({
    id: newId(),
    user_id: user.id,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    created_at: deps.now().toISOString(),
  });
  return { device: { id: row.id, endpoint: row.endpoint, createdAt: row.created_at } };
}

export async function unsubscribeDevice(deps: Deps, user: CurrentUser, id: string) {
  if (!(await deps.repos.push.deleteSubscription(id, user.id)))
    throw notFound('push_device_not_found', 'This device does not get notifications.');
}

/**
 * Queues one push per device of the person in the caller's transaction (one job each, so a retry
 * for one device never repeats another's), keyed so a reminder goes to a device at most once.
 */
export async function queuePushes(
  repos: Pick<Repositories, 'jobs' | 'push'>,
  push: { userId: string; kind: PushKind; path: string; uniqueKey: string },
  now: Date,
): Promise<number> {
  const devices = await repos.push.listSubscriptions(push.userId);
  for (const device of devices) {
    await repos.jobs.enqueue(
      {
        kind: pushSendJob,
        payload: { subscriptionId: device.id, kind: push.kind, path: push.path },
        runAt: now,
        accountId: push.userId,
        uniqueKey: `${pushSendJob}:${push.uniqueKey}:${device.id}`,
      },
      now,
    );
  }
  return devices.length;
}

export async function sendPushTest(deps: Deps & Pick<AppDeps, 'wakeJobs'>, user: CurrentUser) {
  const uniqueKey = `test:${newId()}`;
  const queued = await queuePushes(
    deps.repos,
    { userId: user.id, kind: 'test', path: '/', uniqueKey },
    deps.now(),
  );
  if (queued === 0) throw notFound('push_device_not_found', 'Turn on notifications on a device first.');
  deps.wakeJobs();
  return { queued };
}

/**
 * Job: one encrypted message (aes128gcm, RFC 8291) signed with the VAPID key (RFC 8292), posted to
 * the checked address only. A subscription the push service no longer knows (404, 410) is deleted;
 * any other refusal throws, so the jobs module retries with backoff.
 */
export async function deliverPush(deps: Deps, payload: unknown): Promise<void> {
  const push = pushSendPayload.parse(payload);
  const row = await deps.repos.push.findSubscription(push.subscriptionId);
  // Turned off since it was queued.
  if (!row) return;
  const keys = await vapidKeys(deps);
  const request = (await webPush()).generateRequestDetails(
    { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } },
    JSON.stringify(pushPayload(push.kind, push.path)),
    {
      vapidDetails: { subject: vapidSubjectOf(deps.config), ...keys },
      TTL: reminderTtlSeconds,
      contentEncoding: 'aes128gcm',
    },
  );
  const target = await vetTarget(row.endpoint, targetPolicyOf(deps.config));
  const headers = Object.fromEntries(
    Object.entries(request.headers)
      .filter(([name]) => name.toLowerCase() !== 'content-length')
      .map(([name, value]) => [name, String(value)]),
  );
  const outcome = await postWebhook(
    target,
    request.body ?? Buffer.alloc(0),
    headers,
    deps.config.WEBHOOK_TIMEOUT_MS,
  );
  if ('error' in outcome) throw new Error(`push failed: ${outcome.error}`);
  if (subscriptionGone(outcome.responseCode)) {
    await deps.repos.push.deleteSubscriptionById(row.id);
    return;
  }
  if (outcome.responseCode < 200 || outcome.responseCode > 299)
    throw new Error(`push service answered ${outcome.responseCode}`);
}
