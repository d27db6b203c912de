import type { Checkin } from '../../shared/plans';
import { dayValues } from './practice-data';
import { practiceText } from './practice-text';

/**
 * Check-ins made without a network (decision 0049): kept on the device, shown as waiting, and sent
 * again with the key they were made with, so the server counts each once (decision 0045). Pure: the
 * IndexedDB store (pwa/checkin-queue.ts) and the sync (pwa/checkin-sync.ts) apply these rules.
 */
export type QueuedCheckin = {
  /** One waiting check-in per person, behavior and day: the newest made on this device. */
  slot: string;
  syncKey: string;
  userId: string;
  commitmentId: string;
  day: string;
  score: number;
  note: string | null;
  /** When it was made on the device; the server keeps the check-in made last. */
  recordedAt: string;
};

export const slotOf = (userId: string, commitmentId: string, day: string) =>
  `${userId}|${commitmentId}|${day}`;

export function queuedCheckin(input: Omit<QueuedCheckin, 'slot'>): QueuedCheckin {
  return { ...input, slot: slotOf(input.userId, input.commitmentId, input.day) };
}

/**
 * A sent check-in leaves the queue only if it is still the one waiting in its slot: one made again
 * while the first was on its way must stay, to be sent next.
 */
export const stillWaiting = (sent: QueuedCheckin, stored: QueuedCheckin | undefined) =>
  stored !== undefined && stored.syncKey === sent.syncKey;

/** The check-ins the page shows: the server's, with this person's waiting ones in their place. */
export function shownCheckins(
  fromServer: readonly Checkin[],
  queue: readonly QueuedCheckin[],
  userId: string,
): { checkins: Checkin[]; waiting: Set<string> } {
  const mine = queue.filter((entry) => entry.userId === userId);
  const waiting = new Set(mine.map((entry) => slotOf(userId, entry.commitmentId, entry.day)));
  const kept = fromServer.filter(
    (checkin) => !waiting.has(slotOf(userId, checkin.commitmentId, checkin.day)),
  );
  const queued = mine.map(({ commitmentId, day, score, note }) => ({ commitmentId, day, score, note }));
  return { checkins: [...kept, ...queued], waiting };
}

/** What sending one waiting check-in came to. */
export type SyncAttempt =
  | { kind: 'answered'; sync: 'saved' | 'duplicate' | 'superseded'; checkin: Checkin }
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'unreachable' };

export type SyncStep =
  | { kind: 'synced' }
  /** Another device recorded that day later; the server keeps that one. */
  | { kind: 'kept-other'; kept: Checkin }
  | { kind: 'refused'; message: string }
  /** No network, signed out, or the server busy or failing: stays waiting, sent again later. */
  | { kind: 'retry' };

// Signed out, timed out, slowed down: nothing wrong with the check-in itself.
const tryAgainLater = new Set([401, 408, 425, 429]);

export function stepAfter(attempt: SyncAttempt): SyncStep {
  if (attempt.kind === 'unreachable') return { kind: 'retry' };
  if (attempt.kind === 'refused') {
    if (attempt.status >= 500 || tryAgainLater.has(attempt.status)) return { kind: 'retry' };
    return { kind: 'refused', message: attempt.message };
  }
  if (attempt.sync === 'superseded') return { kind: 'kept-other', kept: attempt.checkin };
  return { kind: 'synced' };
}

export const leavesQueue = (step: SyncStep) => step.kind !== 'retry';

export type SyncResult = { entry: QueuedCheckin; step: SyncStep };

/** The sentences the practice page shows after a sync; none for check-ins still waiting. */
export function syncReport(results: readonly SyncResult[], today: string): string[] {
  const synced = results.filter((result) => result.step.kind === 'synced').length;
  const lines: string[] = [];
  if (synced > 0) lines.push(practiceText('sync.synced', { count: synced }));
  for (const { entry, step } of results) {
    const day = dayValues(entry.day, today);
    if (step.kind === 'kept-other')
      lines.push(practiceText('sync.keptOther', { ...day, kept: step.kept.score, score: entry.score }));
    if (step.kind === 'refused') lines.push(practiceText('sync.refused', { ...day, reason: step.message }));
  }
  return lines;
}
