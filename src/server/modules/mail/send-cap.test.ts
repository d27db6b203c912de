import { afterEach, beforeEach, expect, test } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../../../../tests/e2e/support/smtp-receiver';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import {
  createTestDatabase,
  describeEachEngine,
  type TestDatabase,
} from '../../../../tests/support/test-database';

describeEachEngine('the hourly cap on outgoing mail', (engine) => {
  let receiver: SmtpReceiver;
  let database: TestDatabase;
  const apps: TestApp[] = [];
  let clock: Date;
  const logLines: string[] = [];
  beforeEach(async () => {
    receiver = await startSmtpReceiver();
    database = await createTestDatabase(engine);
    clock = new Date('2026-12-06T10:40:00Z');
    logLines.length = 0;
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.jobRunner.stop();
    await database.dispose();
    await receiver.stop();
  });

  /** An app process of its own on the shared database, sending at most 3 messages an hour. */
  async function appProcess() {
    const connection = database.openAnother();
    const app = await createTestApp(engine, {
      database: { ...connection, openAnother: database.openAnother, dispose: connection.close },
      env: { SMTP_URL: `smtp://127.0.0.1:${receiver.port}`, MAIL_MAX_PER_HOUR: '3', LOG_LEVEL: 'warn' },
      now: () => clock,
      writeLog: (line) => logLines.push(line),
    });
    apps.push(app);
    return app;
  }

  async function queue(app: TestApp, count: number) {
    for (let n = 1; n <= count; n++) {
      await app.deps.mailer.send({
        to: `person${n}@example.com`,
        subject: `Message ${n}`,
        text: 'A line.',
        workspaceId: null,
        accountId: null,
      });
    }
  }

  const capWarnings = () => logLines.filter((line) => line.includes('MAIL_MAX_PER_HOUR reached'));

  test('past the cap the rest waits in the outbox, not failed, and goes out the next hour', async () => {
    const app = await appProcess();
    await queue(app, 5);

    await app.jobRunner.tick();
    expect(receiver.messages).toHaveLength(3);
    const waiting = await database.db.selectFrom('outbox').selectAll().execute();
    expect(waiting.map((row) => [row.status, row.attempts, row.last_error])).toEqual([
      ['queued', 0, null],
      ['queued', 0, null],
    ]);
    const jobs = await database.db.selectFrom('jobs').selectAll().where('done_at', 'is', null).execute();
    expect(jobs.map((job) => [job.attempts, job.last_error, job.run_at])).toEqual([
      [0, null, '2026-12-06T11:00:00.000Z'],
      [0, null, '2026-12-06T11:00:00.000Z'],
    ]);
    expect(capWarnings()).toHaveLength(1);

    // Later in the same hour nothing more goes out, and the warning is not repeated.
    clock = new Date('2026-12-06T10:59:59Z');
    await app.jobRunner.tick();
    expect(receiver.messages).toHaveLength(3);
    expect(capWarnings()).toHaveLength(1);

    clock = new Date('2026-12-06T11:00:00Z');
    await app.jobRunner.tick();
    expect(receiver.messages).toHaveLength(5);
    expect(receiver.messages.flatMap((mail) => mail.to).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `person${n}@example.com`),
    );
    expect(await database.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
  });

  test('two app processes on one database together never send more than the cap in an hour', async () => {
    const first = await appProcess();
    const second = await appProcess();
    await queue(first, 8);

    await Promise.all([first.jobRunner.tick(), second.jobRunner.tick()]);
    expect(receiver.messages).toHaveLength(3);
    expect(capWarnings()).toHaveLength(1);
    await Promise.all([first.jobRunner.tick(), second.jobRunner.tick()]);
    expect(receiver.messages).toHaveLength(3);

    clock = new Date('2026-12-06T11:05:00Z');
    await Promise.all([first.jobRunner.tick(), second.jobRunner.tick()]);
    expect(receiver.messages).toHaveLength(6);
    expect(await database.db.selectFrom('outbox').select('status').execute()).toEqual([
      { status: 'queued' },
      { status: 'queued' },
    ]);
  });
});
