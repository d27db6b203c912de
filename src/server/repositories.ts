import type { Database, DatabaseEngine } from './db/database';
import { createAccountsRepository } from './modules/accounts/accounts.repository';
import { createAnswersRepository } from './modules/answers/answers.repository';
import { createApiTokensRepository } from './modules/api-tokens/api-tokens.repository';
import { createAuditRepository } from './modules/audit/audit.repository';
import { createCalendarFeedRepository } from './modules/calendar-feed/calendar-feed.repository';
import { createChatRepository } from './modules/chat/chat.repository';
import { createCoacheeReadsRepository } from './modules/coaching/coachee-reads.repository';
import { createCoachingRepository } from './modules/coaching/coaching.repository';
import { createCyclesRepository } from './modules/cycles/cycles.repository';
import { createFollowUpRepository } from './modules/follow-up/follow-up.repository';
import { createFrameworksRepository } from './modules/frameworks/frameworks.repository';
import { createJobsRepository } from './modules/jobs/jobs.repository';
import { createMailRepository } from './modules/mail/mail.repository';
import { createPlansRepository } from './modules/plans/plans.repository';
import { createProgramsRepository } from './modules/programs/programs.repository';
import { createPushRepository } from './modules/push/push.repository';
import { createRateLimitsRepository } from './modules/rate-limits/rate-limits.repository';
import { createRelationshipsRepository } from './modules/relationships/relationships.repository';
import { createRoundApprovalsRepository } from './modules/rounds/round-approvals.repository';
import { createRoundLinksRepository } from './modules/rounds/round-links.repository';
import { createRoundSnapshotsRepository } from './modules/rounds/round-snapshots.repository';
import { createRoundsRepository } from './modules/rounds/rounds.repository';
import { createSsoRepository } from './modules/sso/sso.repository';
import { createStakeholdersRepository } from './modules/stakeholders/stakeholders.repository';
import { createTwoFactorRepository } from './modules/two-factor/two-factor.repository';
import { createWebhooksRepository } from './modules/webhooks/webhooks.repository';
import { createStakeholderPolicyRepository } from './modules/workspaces/stakeholder-policy.repository';
import { createWorkspacesRepository } from './modules/workspaces/workspaces.repository';

export function createRepositories(db: Database, engine: DatabaseEngine) {
  return {
    accounts: createAccountsRepository({ db }),
    workspaces: createWorkspacesRepository({ db, engine }),
    jobs: createJobsRepository({ db, engine }),
    mail: createMailRepository({ db }),
    rateLimits: createRateLimitsRepository({ db }),
    audit: createAuditRepository({ db }),
    frameworks: createFrameworksRepository({ db }),
    stakeholders: createStakeholdersRepository({ db }),
    cycles: createCyclesRepository({ db }),
    rounds: createRoundsRepository({ db, engine }),
    answers: createAnswersRepository({ db, engine }),
    roundLinks: createRoundLinksRepository({ db }),
    roundSnapshots: createRoundSnapshotsRepository({ db }),
    plans: createPlansRepository({ db }),
    followUp: createFollowUpRepository({ db }),
    relationships: createRelationshipsRepository({ db }),
    stakeholderPolicy: createStakeholderPolicyRepository({ db }),
    roundApprovals: createRoundApprovalsRepository({ db }),
    twoFactor: createTwoFactorRepository({ db }),
    apiTokens: createApiTokensRepository({ db }),
    sso: createSsoRepository({ db }),
    webhooks: createWebhooksRepository({ db }),
    calendarFeed: createCalendarFeedRepository({ db }),
    coaching: createCoachingRepository({ db }),
    coacheeReads: createCoacheeReadsRepository({ db }),
    chat: createChatRepository({ db }),
    push: createPushRepository({ db }),
    programs: createProgramsRepository({ db }),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Runs work in one transaction over repositories bound to it: all of it lands, or none. */
export type Transact = <T>(work: (repositories: Repositories) => Promise<T>) => Promise<T>;

export function createTransact(db: Database, engine: DatabaseEngine): Transact {
  return (work) => db.transaction().execute((trx) => work(createRepositories(trx, engine)));
}
