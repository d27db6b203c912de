import type { ExpressionBuilder } from 'kysely';
import type { Database, DatabaseEngine } from '../../db/database';
import type { Schema } from '../../db/schema';
import { newId } from '../../security/tokens';

/** A claimed job; its payload is the stored JSON text, read when it runs so a bad one fails that run. */
export type Job = { id: string; kind: string; payload: string; attempts: number };

export type EnqueueJob = {
  kind: string;
  payload: unknown;
  runAt: Date;
  uniqueKey?: string;
  /** The account the job works for, so deleting that account deletes it by id; null for housekeeping. */
  accountId: string | null;
};

/** One claim of one job: a claim is the worker and the attempt it took, so a later claim is a different one. */
export type JobClaim = Pick<Job, 'id' | 'attempts'>;

/** Still this worker's claim: nobody claimed the job since (a claim counts an attempt) and it is not done. */
const heldBy = (eb: ExpressionBuilder<Schema, 'jobs'>, claim: JobClaim, workerId: string) =>
  eb.and([
    eb('id', '=', claim.id),
    eb('claimed_by', '=', workerId),
    eb('attempts', '=', claim.attempts),
    eb('done_at', 'is', null),
  ]);

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
          account_id: job.accountId,
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

    /**
     * Finishing, retrying and giving up act only while the caller still holds its claim: a worker
     * whose lease ran out, and whose job another process took over, changes nothing.
     */
    async complete(claim: JobClaim, workerId: string, now: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ done_at: now.toISOString(), claimed_until: null })
        .where((eb) => heldBy(eb, claim, workerId))
        .execute();
    },

    async retryLater(claim: JobClaim, workerId: string, error: string, runAt: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ last_error: error.slice(0, 1000), run_at: runAt.toISOString(), claimed_until: null })
        .where((eb) => heldBy(eb, claim, workerId))
        .execute();
    },

    /** Runs the job again at `runAt`, taking back the attempt its claim counted: it did not fail. */
    async postpone(claim: JobClaim, workerId: string, runAt: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set((eb) => ({ run_at: runAt.toISOString(), claimed_until: null, attempts: eb('attempts', '-', 1) }))
        .where((eb) => heldBy(eb, claim, workerId))
        .execute();
    },

    /** For a job whose payload must not outlive its run; finishing it afterwards then changes nothing. */
    async deleteByUniqueKey(uniqueKey: string): Promise<void> {
      await db.deleteFrom('jobs').where('unique_key', '=', uniqueKey).execute();
    },

    /** Done or given up before `cutoff`; never claimed again, so deleting one races with nothing. */
    async deleteFinishedBefore(cutoff: Date): Promise<number> {
      const result = await db
        .deleteFrom('jobs')
        .where('done_at', 'is not', null)
        .where('done_at', '<', cutoff.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async giveUp(claim: JobClaim, workerId: string, error: string, now: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ last_error: error.slice(0, 1000), done_at: now.toISOString(), claimed_until: null })
        .where((eb) => heldBy(eb, claim, workerId))
        .execute();
    },

    /** The jobs queued for an account (its mail, reminders and resets), found by the account, never by their text. */
    async deleteJobsOfAccount(accountId: string): Promise<void> {
      await db.deleteFrom('jobs').where('account_id', '=', accountId).execute();
    },
  };
}

export type JobsRepository = ReturnType<typeof createJobsRepository>;
