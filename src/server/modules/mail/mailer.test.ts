import { afterEach, beforeEach, expect, test } from 'vitest';
import { type SmtpReceiver, startSmtpReceiver } from '../../../../tests/e2e/support/smtp-receiver';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

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

  test('with SMTP configured a queued message is delivered by a job and marked sent', async () => {
    await testApp.deps.mailer.send({
      to: 'ada@example.com',
      subject: 'Hello',
      text: 'A line.',
      workspaceId: null,
    });
    await testApp.jobRunner.tick();
    const mail = await receiver.waitForMessage('ada@example.com', 'Hello');
    expect(mail.text.trim()).toBe('A line.');
    const [row] = await testApp.deps.repos.mail.listWithoutWorkspace(1);
    expect(row?.status).toBe('sent');
  });

  test('a message queued in a transaction that rolls back is never sent', async () => {
    await expect(
      testApp.deps.transact(async (repos) => {
        await testApp.deps.mailer.send(
          { to: 'x@example.com', subject: 'No', text: 'No.', workspaceId: null },
          repos,
        );
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await testApp.jobRunner.tick()).toBe(0);
    expect(await testApp.deps.repos.mail.listWithoutWorkspace(5)).toEqual([]);
  });
});
