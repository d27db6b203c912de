import { resolve } from 'node:path';
import { createApp } from './app';
import { composeDependencies } from './compose';
import { ConfigError, loadConfig } from './config';
import { assertDurableSettings, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createHttpServer } from './http/oversized-body-guard';
import { createLogger } from './logger';
import { seedDemoWhenEmpty } from './modules/demo/seed-demo';

async function main() {
  const config = loadConfig(process.env);
  const log = createLogger(config.LOG_LEVEL);
  const database = openDatabase(config.DATABASE_URL);
  await assertDurableSettings(database);
  await migrateToLatest(database.db);
  const { deps, jobRunner } = await composeDependencies({ config, database, log });
  const demo = await seedDemoWhenEmpty(deps);

  const app = createApp(deps, { webRoot: resolve('dist/web') });
  const server = createHttpServer(app.fetch, config.HOST, { trustedProxies: config.TRUST_PROXY, log });
  server.listen(config.PORT, config.HOST, () => {
    jobRunner.start();
    log.info('listening', { url: config.BASE_URL, database: database.engine });
    process.stdout.write(`\nFeedforward is running at ${config.BASE_URL}\n`);
    if (demo) {
      process.stdout.write(`Demo sign-in: ${demo.email} / ${demo.password}\n`);
      process.stdout.write('This password was made for this install and is shown only now.\n');
    }
    process.stdout.write('\n');
  });

  // Drain: stop taking connections, let in-flight requests and the running job finish, then exit.
  const shutdown = (signal: string) => {
    log.info('shutting down', { signal });
    server.close(async () => {
      await jobRunner.stop();
      await deps.textPool.close();
      await database.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 15_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error?.stack ?? String(error))}\n`);
  process.exit(1);
});
