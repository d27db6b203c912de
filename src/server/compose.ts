import { hostname } from 'node:os';
import { type Clock, systemClock } from '../shared/calendar';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import type { AppDeps } from './deps';
import type { Logger } from './logger';
import { passwordResetJobHandlers } from './modules/accounts/password-reset.job';
import { chatJobHandlers } from './modules/chat/chat.job';
import { retentionJobHandlers, withDailyRetention } from './modules/data-rights/retention.job';
import { followUpJobHandlers, withDailyFollowUp } from './modules/follow-up/follow-up.job';
import { housekeepingJobHandlers, withDailyHousekeeping } from './modules/housekeeping/housekeeping.job';
import { createJobRunner, type JobHandlers } from './modules/jobs/jobs.runner';
import { createDeliverMailHandler, createMailer, deliverMailJob } from './modules/mail/mailer';
import { planJobHandlers } from './modules/plans/daily-reminder.job';
import { pushJobHandlers } from './modules/push/push.job';
import { vapidKeys } from './modules/push/push.usecases';
import { createMemoryRateLimiter } from './modules/rate-limits/memory-rate-limiter';
import { roundJobHandlers } from './modules/rounds/round-jobs';
import type { OutgoingFetch } from './modules/sso/oidc-client';
import { textPoolOfProcess } from './modules/text/text-pool';
import { webhookJobHandlers } from './modules/webhooks/webhooks.job';
import { createRepositories, createTransact } from './repositories';
import { createPasswordHasher, loadCommonPasswords } from './security/passwords';
import { newId } from './security/tokens';

type ComposeInput = {
  config: Config;
  database: DatabaseHandle;
  log: Logger;
  now?: Clock;
  pause?: (ms: number) => Promise<void>;
  /** Extra job kinds, e.g. for tests of the job runner itself. */
  extraJobHandlers?: JobHandlers;
  fetch?: OutgoingFetch;
};

/** Wires the real dependencies once; main.ts and the tests share this, so tests run the real thing. */
export async function composeDependencies({
  config,
  database,
  log,
  now = systemClock,
  pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  extraJobHandlers,
  fetch = (url, init) => globalThis.fetch(url, init),
}: ComposeInput) {
  const repos = createRepositories(database.db, database.engine);
  const handlers: JobHandlers = { ...extraJobHandlers };
  const jobRunner = createJobRunner({
    jobs: repos.jobs,
    handlers,
    now,
    log,
    workerId: `${hostname()}:${process.pid}:${newId()}`,
    tickMs: config.JOB_TICK_MS,
  });
  const mailer = createMailer({
    mail: repos.mail,
    jobs: repos.jobs,
    now,
    smtpConfigured: Boolean(config.SMTP_URL),
    wakeJobs: () => jobRunner.wake(),
  });
  if (config.SMTP_URL) {
    handlers[deliverMailJob] = createDeliverMailHandler({
      mail: repos.mail,
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      maxPerHour: config.MAIL_MAX_PER_HOUR,
      now,
      log,
    });
  }
  const textPool = textPoolOfProcess({
    workers: config.TEXT_ANALYSIS_WORKERS,
    budgetMs: config.TEXT_ANALYSIS_BUDGET_MS,
    log,
  });
  // The model loads before the first request, not during it.
  await textPool.ready;
  const deps: AppDeps = {
    config,
    engine: database.engine,
    repos,
    transact: createTransact(database.db, database.engine),
    mailer,
    passwords: createPasswordHasher(),
    commonPasswords: loadCommonPasswords(),
    now,
    pause,
    log,
    wakeJobs: () => jobRunner.wake(),
    checkDatabase: database.checkHealth,
    stakeholderRateLimiter: createMemoryRateLimiter(now),
    textPool,
    fetch,
  };
  Object.assign(
    handlers,
    roundJobHandlers(deps),
    planJobHandlers(deps),
    retentionJobHandlers(deps),
    followUpJobHandlers(deps),
    passwordResetJobHandlers(deps),
    housekeepingJobHandlers(deps),
    webhookJobHandlers(deps),
    chatJobHandlers(deps),
    pushJobHandlers(deps),
  );
  // Web Push's VAPID pair: from the environment, or made on the first start and kept (decision 0049).
  await vapidKeys(deps);
  const daily = withDailyHousekeeping(withDailyFollowUp(withDailyRetention(jobRunner, deps), deps), deps);
  return { deps, jobRunner: daily };
}
