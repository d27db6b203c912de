import { afterEach, beforeEach, expect, test } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../../../../tests/e2e/support/smtp-receiver';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

async function createWorkspace(testApp: TestApp): Promise<string> {
  const client = testApp.client();
  await client.post('/api/auth/sign-up', {
    name: 'Ada',
    email: 'admin@example.com',
    password: 'correct horse battery',
  });
  const created = await client.post('/api/workspaces', { name: 'Acme' });
  return ((await created.json()) as { id: string }).id;
}

describeEachEngine('mail delivery', (engine) => {
  let receiver: SmtpReceiver;
  let testApp: TestApp;
  beforeEach(async () => {
    receiver = await startSmtpReceiver();
    testApp = await createTestApp(engine, { env: { SMTP_URL: `smtp://127.0.0.1:${receiver.port}` } });
  });
  afterEach(async () => {
    await testApp.dispose();
    await receiver.stop();
  });

  test('with SMTP configured a queued message is delivered by a job and kept as sent in its workspace', async () => {
    const workspaceId = await createWorkspace(testApp);
    await testApp.deps.mailer.send({
      to: 'ada@example.com',
      subject: 'Hello',
      text: 'A line.',
      workspaceId,
      accountId: null,
    });
    await testApp.jobRunner.tick();
    const mail = await receiver.waitForMessage('ada@example.com', 'Hello');
    expect(mail.text.trim()).toBe('A line.');
    const [row] = await testApp.deps.repos.mail.listForWorkspace(workspaceId, 1);
    expect(row?.status).toBe('sent');
  });

  test('a delivered message outside any workspace, with its live link, is not kept', async () => {
    const text = 'Reset here: http://localhost:3000/reset-password#token=secret';
    await testApp.deps.mailer.send({
      to: 'ada@example.com',
      subject: 'Reset',
      text,
      workspaceId: null,
      accountId: null,
    });
    await testApp.jobRunner.tick();
    await receiver.waitForMessage('ada@example.com', 'Reset');
    expect(await testApp.deps.repos.mail.listWithoutWorkspace(5)).toEqual([]);
  });

  test('a message queued in a transaction that rolls back is never sent', async () => {
    await expect(
      testApp.deps.transact(async (repos) => {
        await testApp.deps.mailer.send(
          { to: 'x@example.com', subject: 'No', text: 'No.', workspaceId: null, accountId: null },
          repos,
        );
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await testApp.jobRunner.tick()).toBe(0);
    expect(await testApp.deps.repos.mail.listWithoutWorkspace(5)).toEqual([]);
  });

  test('a message sent again after a crash before its mark carries the same Message-ID, so it shows once', async () => {
    const workspaceId = await createWorkspace(testApp);
    await testApp.deps.mailer.send({
      to: 'ada@example.com',
      subject: 'Twice',
      text: 'A line.',
      workspaceId,
      accountId: null,
    });
    await testApp.jobRunner.tick();
    const first = await receiver.waitForMessage('ada@example.com', 'Twice');
    // As if the process died after the SMTP server accepted it and before the row was marked.
    await testApp.database.db.updateTable('outbox').set({ status: 'queued' }).execute();
    await testApp.database.db.updateTable('jobs').set({ done_at: null, claimed_until: null }).execute();
    await testApp.jobRunner.tick();
    const second = await receiver.waitForMessage('ada@example.com', 'Twice');
    const messageId = (mail: { raw: string }) => mail.raw.match(/^message-id:\s*(\S+)/im)?.[1];
    expect(messageId(first)).toMatch(/^<[\w-]+@localhost>$/);
    expect(messageId(second)).toBe(messageId(first));
  });
});
