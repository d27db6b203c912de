import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely';
import type { Database } from './database';
import * as foundation from './migrations/0001-foundation';
import * as growthCycles from './migrations/0002-growth-cycles';
import * as practice from './migrations/0003-practice';
import * as dataRights from './migrations/0004-data-rights';
import * as followUp from './migrations/0005-follow-up';
import * as reviewAndRelationships from './migrations/0006-review-and-relationships';
import * as integrityConstraints from './migrations/0007-integrity-constraints';
import * as operatorMetadata from './migrations/0008-operator-metadata';
import * as roundLinks from './migrations/0009-round-links';
import * as stakeholderPolicy from './migrations/0010-stakeholder-policy';
import * as thankYouNotes from './migrations/0012-thank-you-notes';
import * as invitationInbox from './migrations/0013-invitation-inbox';
import * as emailVerification from './migrations/0014-email-verification';
import * as twoFactor from './migrations/0016-two-factor';
import * as foreignKeyIndexes from './migrations/0019-foreign-key-indexes';
import * as mailSendsPerHour from './migrations/0020-mail-sends-per-hour';
import * as timeZones from './migrations/0021-time-zones';
import * as singleSignOn from './migrations/0022-single-sign-on';
import * as apiTokens from './migrations/0023-api-tokens';
import * as webhooks from './migrations/0024-webhooks';
import * as responsesWithoutRowid from './migrations/0025-responses-without-rowid';
import * as programs from './migrations/0026-programs';
import * as coaching from './migrations/0027-coaching';
import * as membersAuditFrameworkVersions from './migrations/0028-members-audit-framework-versions';
import * as languages from './migrations/0029-languages';
import * as calendarPhoneAndChat from './migrations/0030-calendar-phone-and-chat';
import * as coachingsWorkspaceIndex from './migrations/0031-coachings-workspace-index';
import * as reminderChannels from './migrations/0035-reminder-channels';
import * as accountLanguage from './migrations/0036-account-language';
import * as followUpCheck from './migrations/0037-follow-up-check';
import * as submitAnswerFunction from './migrations/0038-submit-answer-function';

// Migrations are listed in code (not read from disk) so the same set runs under tsx, Vitest and bundles.
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-growth-cycles': growthCycles,
  '0003-practice': practice,
  '0004-data-rights': dataRights,
  '0005-follow-up': followUp,
  '0006-review-and-relationships': reviewAndRelationships,
  '0007-integrity-constraints': integrityConstraints,
  '0008-operator-metadata': operatorMetadata,
  '0009-round-links': roundLinks,
  '0010-stakeholder-policy': stakeholderPolicy,
  '0012-thank-you-notes': thankYouNotes,
  '0013-invitation-inbox': invitationInbox,
  '0014-email-verification': emailVerification,
  '0016-two-factor': twoFactor,
  '0019-foreign-key-indexes': foreignKeyIndexes,
  '0020-mail-sends-per-hour': mailSendsPerHour,
  '0021-time-zones': timeZones,
  '0022-single-sign-on': singleSignOn,
  '0023-api-tokens': apiTokens,
  '0024-webhooks': webhooks,
  '0025-responses-without-rowid': responsesWithoutRowid,
  '0026-programs': programs,
  '0027-coaching': coaching,
  '0028-members-audit-framework-versions': membersAuditFrameworkVersions,
  '0029-languages': languages,
  '0030-calendar-phone-and-chat': calendarPhoneAndChat,
  '0031-coachings-workspace-index': coachingsWorkspaceIndex,
  '0035-reminder-channels': reminderChannels,
  '0036-account-language': accountLanguage,
  '0037-follow-up-check': followUpCheck,
  '0038-submit-answer-function': submitAnswerFunction,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** `schema` keeps Kysely's bookkeeping tables in one PostgreSQL schema when several share a database. */
export async function migrateToLatest(db: Database, schema?: string): Promise<void> {
  await migrateWith(db, schema, (migrator) => migrator.migrateToLatest());
}

/** Migrates up or down to just after `name`: lets a test put old rows under a newer migration. */
export async function migrateTo(db: Database, name: string, schema?: string): Promise<void> {
  await migrateWith(db, schema, (migrator) => migrator.migrateTo(name));
}

async function migrateWith(
  db: Database,
  schema: string | undefined,
  move: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    // Numbers are handed out ahead to work done side by side, so one may land after a higher one
    // has run (0014 after 0016); each migration touches only its own tables and columns.
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await move(migrator);
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
