import { type DBSchema, openDB } from 'idb';
import { type QueuedCheckin, stillWaiting } from '../practice/offline-checkins';

/**
 * Check-ins waiting on this device for a network (decision 0049), in IndexedDB so they outlive a
 * reload or a closed tab. One per person, behavior and day: a newer one replaces the older.
 */
interface QueueSchema extends DBSchema {
  checkins: { key: string; value: QueuedCheckin };
}

/** Dispatched on window whenever the queue changes, so every part of the page shows the same. */
export const queueChangedEvent = 'feedforward:checkin-queue';

const openQueue = () =>
  openDB<QueueSchema>('feedforward-offline', 1, {
    upgrade(db) {
      db.createObjectStore('checkins', { keyPath: 'slot' });
    },
  });

const changed = () => window.dispatchEvent(new Event(queueChangedEvent));

export async function queuedCheckins(): Promise<QueuedCheckin[]> {
  if (!('indexedDB' in window)) return [];
  const db = await openQueue();
  try {
    return await db.getAll('checkins');
  } finally {
    db.close();
  }
}

export async function enqueueCheckin(entry: QueuedCheckin): Promise<void> {
  const db = await openQueue();
  try {
    await db.put('checkins', entry);
  } finally {
    db.close();
  }
  changed();
}

/** Removes a sent check-in, unless a newer one took its slot while it was on its way. */
export async function settleCheckin(sent: QueuedCheckin): Promise<void> {
  const db = await openQueue();
  try {
    const transaction = db.transaction('checkins', 'readwrite');
    const stored = await transaction.store.get(sent.slot);
    if (stillWaiting(sent, stored)) await transaction.store.delete(sent.slot);
    await transaction.done;
  } finally {
    db.close();
  }
  changed();
}

/** A new check-in's key: a random UUID (crypto.randomUUID needs a secure context, so built by hand too). */
export function newSyncKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
