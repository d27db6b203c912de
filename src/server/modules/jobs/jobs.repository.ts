import type { Database, DatabaseEngine } from '../../db/database';
import { newId } from '../../security/tokens';

/** A claimed job; its payload is the stored JSON text, read when it runs so a bad one fails that run. */
export type Job = { id: string; kind: string; payload: string; attempts: number };

export type EnqueueJob = { kind: string; payload: unknown; runAt: Date; uniqueKey?: string };

export function createJobsRepository({ db, engine }: { db: Database; engine: DatabaseEngine }) {
  return {
    /** A job with a uniqueKey is enqueued at most once, so schedulers can enqueue freely. */
    async enqueue(job: EnqueueJob, now: Date): Promise<void> {
      await db
        .insertInto('jobs')
        .values({
          id: newId(),
          kind: job.kind,
          payload: JSON.stringify(job.payload ?? null),
          unique_key: job.uniqueKey ?? null,
          run_at: job.runAt.toISOString(),
          attempts: 0,
          created_at: now.toISOString(),
        })
        .onConflict((conflict) => conflict.column('unique_key').doNothing())
        .execute();
    },

    /**
     * Claims one due job for `leaseMs` in a single statement, so two processes never claim the
     * same job; PostgreSQL skips rows another transaction is claiming instead of waiting on them.
     */
    async claimNext(workerId: string, now: Date, leaseMs: number): Promise<Job | undefined> {
      const nowText = now.toISOString();
      const row = await db
        .updateTable('jobs')
        .set((eb) => ({
          claimed_by: workerId,
          claimed_until: new Date(now.getTime() + leaseMs).toISOString(),
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', (eb) =>
          eb
            .selectFrom('jobs')
            .select('id')
            .where('done_at', 'is', null)
            .where('run_at', '<=', nowText)
            .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<', nowText)]))
            .orderBy('run_at')
            .limit(1)
            .$if(engine === 'postgres', (query) => query.forUpdate().skipLocked()),
        )
        .where('done_at', 'is', null)
        .returning(['id', 'kind', 'payload', 'attempts'])
        .executeTakeFirst();
      return row && { id: row.id, kind: row.kind, payload: row.payload, attempts: row.attempts };
    },

    async complete(id: string, workerId: string, now: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ done_at: now.toISOString(), claimed_until: null })
        .where('id', '=', id)
        .where('claimed_by', '=', workerId)
        .execute();
    },

    async retryLater(id: string, error: string, runAt: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ last_error: error.slice(0, 1000), run_at: runAt.toISOString(), claimed_until: null })
        .where('id', '=', id)
        .execute();
    },

    async giveUp(id: string, error: string, now: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ last_error: error.slice(0, 1000), done_at: now.toISOString(), claimed_until: null })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type JobsRepository = ReturnType<typeof createJobsRepository>;
