import { sessionAnswerSchema } from '../../shared/accounts';
import { checkinAnswerSchema } from '../../shared/plans';
import { ApiError, apiGet, apiPut, type CallOptions } from '../api';
import { commitmentApiPath } from '../plans/plan-data';
import {
  leavesQueue,
  type QueuedCheckin,
  type SyncAttempt,
  type SyncResult,
  stepAfter,
} from '../practice/offline-checkins';
import { queuedCheckins, settleCheckin } from './checkin-queue';

/** Dispatched on window after a sync that sent anything; `detail` holds the SyncResult list. */
export const checkinsSyncedEvent = 'feedforward:checkins-synced';

export const checkinPath = (commitmentId: string, day: string) =>
  `${commitmentApiPath(commitmentId)}/checkins/${encodeURIComponent(day)}`;

/** The one request a check-in is: its key and the time it was made travel with it, online or later. */
export const sendCheckin = (entry: QueuedCheckin, options: CallOptions = { redirectWhenSignedOut: false }) =>
  apiPut(
    checkinPath(entry.commitmentId, entry.day),
    { score: entry.score, note: entry.note, syncKey: entry.syncKey, recordedAt: entry.recordedAt },
    checkinAnswerSchema,
    options,
  );

async function attempt(entry: QueuedCheckin): Promise<SyncAttempt> {
  try {
    const { sync, checkin } = await sendCheckin(entry);
    return { kind: 'answered', sync, checkin };
  } catch (error) {
    if (error instanceof ApiError && error.status !== 0)
      return { kind: 'refused', status: error.status, message: error.message };
    return { kind: 'unreachable' };
  }
}

async function sendWaiting(): Promise<void> {
  if (!navigator.onLine) return;
  const waiting = await queuedCheckins();
  if (waiting.length === 0) return;
  const session = await apiGet('/api/auth/session', sessionAnswerSchema, {
    redirectWhenSignedOut: false,
  }).catch(() => undefined);
  const userId = session?.user?.id;
  // Signed out, or someone else signed in: their check-ins wait for them.
  if (!userId) return;
  const mine = waiting
    .filter((entry) => entry.userId === userId)
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const results: SyncResult[] = [];
  for (const entry of mine) {
    const step = stepAfter(await attempt(entry));
    if (leavesQueue(step)) await settleCheckin(entry);
    results.push({ entry, step });
    if (step.kind === 'retry') break;
  }
  if (results.length > 0) window.dispatchEvent(new CustomEvent(checkinsSyncedEvent, { detail: results }));
}

let running: Promise<void> | undefined;

/**
 * Sends this person's waiting check-ins, oldest first, one sync at a time in this tab and, where the
 * browser has Web Locks, across tabs. Two senders of one check-in would still count it once: the
 * server answers a known key as a duplicate.
 */
export function syncWaitingCheckins(): Promise<void> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const run = locks ? () => locks.request('feedforward-checkin-sync', sendWaiting) : sendWaiting;
  const started =
    running ??
    run()
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
      });
  running = started;
  return started;
}
