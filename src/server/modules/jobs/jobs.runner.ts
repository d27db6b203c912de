import { z } from 'zod';
import type { Clock } from '../../../shared/calendar';
import { readStoredJson } from '../../db/stored-json';
import type { Logger } from '../../logger';
import { JobPostponed, nextAttemptAt } from './jobs.models';
import type { JobsRepository } from './jobs.repository';

export type JobHandler = (payload: unknown) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

type Deps = {
  jobs: JobsRepository;
  handlers: JobHandlers;
  now: Clock;
  log: Logger;
  workerId: string;
  tickMs: number;
};

const leaseMs = 5 * 60_000;

/** Ticks in every app process; the database decides which process runs each job. */
export function createJobRunner({ jobs, handlers, now, log, workerId, tickMs }: Deps) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  async function runOne(): Promise<boolean> {
    const job = await jobs.claimNext(workerId, now(), leaseMs);
    if (!job) return false;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(readStoredJson(z.unknown(), job.payload, `payload of a ${job.kind} job`));
      await jobs.complete(job, workerId, now());
    } catch (error) {
      if (error instanceof JobPostponed) {
        await jobs.postpone(job, workerId, error.until);
        return true;
      }
      const message = error instanceof Error ? error.message : String(error);
      const retryAt = nextAttemptAt(job.attempts, now());
      log.warn('job failed', { jobId: job.id, kind: job.kind, attempts: job.attempts, error: message });
      if (retryAt) await jobs.retryLater(job, workerId, message, retryAt);
      else await jobs.giveUp(job, workerId, message, now());
    }
    return true;
  }

  /** Runs due jobs until none is left; returns how many ran. */
  function tick(): Promise<number> {
    running ??= (async () => {
      let count = 0;
      try {
        while (await runOne()) count++;
      } catch (error) {
        log.error('job tick failed', { error: error instanceof Error ? error.message : String(error) });
      } finally {
        running = undefined;
      }
      return count;
    })();
    return running;
  }

  function schedule(delay: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await tick();
      schedule(tickMs);
    }, delay);
    timer.unref();
  }

  return {
    tick,
    start() {
      stopped = false;
      schedule(tickMs);
    },
    /** Runs soon rather than at the next tick, e.g. right after a message was queued. */
    wake() {
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
