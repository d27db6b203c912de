import type { AppDeps } from '../../deps';
import type { JobRunner } from '../jobs';
import { nextRetentionRun, retentionDay } from './retention.models';
import { applyRetention } from './retention.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;

export const retentionJob = 'data.retention';

/** Queues the run for runAt's day; the key per day keeps it to one run a day across all processes. */
export async function scheduleRetention(deps: Pick<Deps, 'repos' | 'now'>, runAt = deps.now()) {
  await deps.repos.jobs.enqueue(
    {
      kind: retentionJob,
      payload: {},
      runAt,
      uniqueKey: `${retentionJob}:${retentionDay(runAt)}`,
      accountId: null,
    },
    deps.now(),
  );
}

export function retentionJobHandlers(deps: Deps) {
  return {
    [retentionJob]: async () => {
      await applyRetention(deps);
      await scheduleRetention(deps, nextRetentionRun(deps.now()));
    },
  };
}

/**
 * Starting the runner queues today's run (each run then queues the next day's). Done at start,
 * not at composition, so tests that tick the runner see only the jobs they queued.
 */
export function withDailyRetention(jobRunner: JobRunner, deps: Deps & Pick<AppDeps, 'log'>): JobRunner {
  return {
    ...jobRunner,
    start() {
      scheduleRetention(deps).catch((error: unknown) =>
        deps.log.error('retention scheduling failed', { error: String(error) }),
      );
      jobRunner.start();
    },
  };
}
