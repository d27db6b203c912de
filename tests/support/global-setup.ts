import type { TestProject } from 'vitest/node';
import { buildDatabaseTemplates, type DatabaseTemplates } from './database-templates';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates;
  }
}

/**
 * Migrates the databases the tests copy (database-templates.ts), and says up front which engines
 * this run covers, so a skipped PostgreSQL run is never a surprise.
 */
export default async function setUpTestRun(project: TestProject) {
  const postgresUrl = process.env.TEST_DATABASE_URL;
  if (!postgresUrl) {
    process.stdout.write(
      '\nPostgreSQL runs are skipped: TEST_DATABASE_URL is not set. ' +
        'Set it (e.g. postgres://postgres@127.0.0.1:5432/test) or run `bash .ci/run` to cover both engines.\n\n',
    );
  }
  const { templates, remove } = await buildDatabaseTemplates(postgresUrl);
  project.provide('databaseTemplates', templates);
  return remove;
}
