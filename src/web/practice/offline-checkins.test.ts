import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  leavesQueue,
  type QueuedCheckin,
  queuedCheckin,
  type SyncAttempt,
  shownCheckins,
  stepAfter,
  stillWaiting,
  syncReport,
} from './offline-checkins';

const entry = (overrides: Partial<Omit<QueuedCheckin, 'slot'>> = {}): QueuedCheckin =>
  queuedCheckin({
    syncKey: '5b0c6f3e-8a59-4a55-9a3e-0e9b0c1f2a01',
    userId: 'u1',
    commitmentId: 'c1',
    day: '2026-12-06',
    score: 7,
    note: null,
    recordedAt: '2026-12-06T18:00:00.000Z',
    ...overrides,
  });

describe('the offline check-in queue', () => {
  test('one slot per person, behavior and day', () => {
    expect(entry().slot).toBe(entry({ syncKey: 'other', score: 3 }).slot);
    expect(entry().slot).not.toBe(entry({ day: '2026-12-05' }).slot);
    expect(entry().slot).not.toBe(entry({ commitmentId: 'c2' }).slot);
    expect(entry().slot).not.toBe(entry({ userId: 'u2' }).slot);
  });

  test('a sent check-in leaves only if no newer one took its slot meanwhile', () => {
    const sent = entry();
    expect(stillWaiting(sent, sent)).toBe(true);
    expect(stillWaiting(sent, entry({ syncKey: '0d9e7a3c-1111-4a55-9a3e-0e9b0c1f2a02', score: 9 }))).toBe(
      false,
    );
    expect(stillWaiting(sent, undefined)).toBe(false);
  });

  test("the page shows this person's waiting check-ins in place of the server's, and only theirs", () => {
    const server = [
      { commitmentId: 'c1', day: '2026-12-06', score: 4, note: null },
      { commitmentId: 'c1', day: '2026-12-05', score: 6, note: 'kept' },
    ];
    const queue = [entry({ score: 9 }), entry({ userId: 'u2', day: '2026-12-05', score: 1 })];
    const { checkins, waiting } = shownCheckins(server, queue, 'u1');
    expect(checkins).toHaveLength(2);
    expect(checkins).toContainEqual({ commitmentId: 'c1', day: '2026-12-06', score: 9, note: null });
    expect(checkins).toContainEqual(server[1]);
    expect([...waiting]).toEqual([entry().slot]);
  });

  test('saved and replayed check-ins are synced; a later one from another device is kept and said so', () => {
    const checkin = { commitmentId: 'c1', day: '2026-12-06', score: 8, note: null };
    expect(stepAfter({ kind: 'answered', sync: 'saved', checkin })).toEqual({ kind: 'synced' });
    // The key was stored before (the first send got through, its answer did not): counted once.
    expect(stepAfter({ kind: 'answered', sync: 'duplicate', checkin })).toEqual({ kind: 'synced' });
    expect(stepAfter({ kind: 'answered', sync: 'superseded', checkin })).toEqual({
      kind: 'kept-other',
      kept: checkin,
    });
  });

  test('no network, signed out, busy or failing server: it stays waiting; a refusal ends it', () => {
    for (const attempt of [
      { kind: 'unreachable' },
      { kind: 'refused', status: 401, message: 'Sign in' },
      { kind: 'refused', status: 429, message: 'Slow down' },
      { kind: 'refused', status: 503, message: 'Down' },
    ] satisfies SyncAttempt[])
      expect(stepAfter(attempt)).toEqual({ kind: 'retry' });
    expect(stepAfter({ kind: 'refused', status: 422, message: 'Too far back.' })).toEqual({
      kind: 'refused',
      message: 'Too far back.',
    });
    expect(stepAfter({ kind: 'refused', status: 409, message: 'Key reused.' }).kind).toBe('refused');
  });

  test('only a retry stays in the queue', () => {
    const attempts = fc.oneof(
      fc.constant<SyncAttempt>({ kind: 'unreachable' }),
      fc.record({
        kind: fc.constant('refused' as const),
        status: fc.integer({ min: 400, max: 599 }),
        message: fc.string(),
      }),
      fc.record({
        kind: fc.constant('answered' as const),
        sync: fc.constantFrom('saved' as const, 'duplicate' as const, 'superseded' as const),
        checkin: fc.constant({ commitmentId: 'c1', day: '2026-12-06', score: 5, note: null }),
      }),
    );
    fc.assert(
      fc.property(attempts, (attempt) => {
        const step = stepAfter(attempt);
        expect(leavesQueue(step)).toBe(step.kind !== 'retry');
        if (attempt.kind === 'answered') expect(leavesQueue(step)).toBe(true);
        if (attempt.kind === 'unreachable') expect(leavesQueue(step)).toBe(false);
      }),
    );
  });

  test('the report names what synced, what another device kept and what was refused', () => {
    const today = '2026-12-06';
    const kept = { commitmentId: 'c1', day: '2026-12-05', score: 9, note: null };
    expect(
      syncReport(
        [
          { entry: entry(), step: { kind: 'synced' } },
          { entry: entry({ day: '2026-12-05', score: 3 }), step: { kind: 'kept-other', kept } },
          { entry: entry({ commitmentId: 'c2' }), step: { kind: 'retry' } },
        ],
        today,
      ),
    ).toEqual([
      'Your check-in made offline is synced.',
      'A later check-in yesterday from another device is kept (9 of 10), not the 3 of 10 made offline here.',
    ]);
    expect(
      syncReport(
        [
          { entry: entry(), step: { kind: 'synced' } },
          { entry: entry({ commitmentId: 'c2' }), step: { kind: 'synced' } },
          {
            entry: entry({ commitmentId: 'c3' }),
            step: { kind: 'refused', message: 'That behavior is gone.' },
          },
        ],
        today,
      ),
    ).toEqual([
      'Your 2 check-ins made offline are synced.',
      'Your check-in today made offline was not saved: That behavior is gone.',
    ]);
    expect(syncReport([{ entry: entry(), step: { kind: 'retry' } }], today)).toEqual([]);
  });
});
