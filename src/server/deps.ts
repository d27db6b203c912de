import type { Clock } from '../shared/calendar';
import type { Config } from './config';
import type { DatabaseEngine } from './db/database';
import type { Logger } from './logger';
import type { Mailer } from './modules/mail/mailer';
import type { MemoryRateLimiter } from './modules/rate-limits/memory-rate-limiter';
import type { OutgoingFetch } from './modules/sso/oidc-client';
import type { TextPool } from './modules/text/text-pool';
import type { Repositories, Transact } from './repositories';
import type { PasswordHasher } from './security/passwords';

/** Everything the app's use cases may need; built once in main.ts, or over a fresh database in tests. */
export type AppDeps = {
  config: Config;
  engine: DatabaseEngine;
  repos: Repositories;
  transact: Transact;
  mailer: Mailer;
  passwords: PasswordHasher;
  commonPasswords: Pick<ReadonlySet<string>, 'has'>;
  now: Clock;
  /** Waits; tests pass one that only records, so slowing an attacker down does not slow the tests. */
  pause: (ms: number) => Promise<void>;
  log: Logger;
  /** Runs queued jobs soon rather than at the next tick. */
  wakeJobs: () => void;
  checkDatabase: () => Promise<void>;
  /** The offline language model in worker threads, loaded at start; analyses run there by name. */
  textPool: TextPool;
  /** Limits for stakeholders' anonymous requests, kept out of the database on purpose. */
  stakeholderRateLimiter: MemoryRateLimiter;
  /** Outgoing HTTP to OpenID Connect providers; a test may stand between the app and its provider. */
  fetch: OutgoingFetch;
};
