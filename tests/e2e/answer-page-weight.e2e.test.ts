import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/shared/calendar';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { linkIn } from './support/mail-message';
import { expectPage } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

// Issue 14's target for a stakeholder opening the emailed link on a phone, headers included.
const budgetBytes = 100_000;

type Transfer = { url: string; bytes: number; encoding: string | undefined };

/** Every response the page receives, with the bytes that crossed the wire (headers and body) per CDP. */
async function watchTransfers(page: Page) {
  const session = await page.context().newCDPSession(page);
  const responses = new Map<string, { url: string; encoding: string | undefined }>();
  const transfers: Transfer[] = [];
  session.on('Network.responseReceived', ({ requestId, response }) => {
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    responses.set(requestId, { url: response.url, encoding: headers['content-encoding'] });
  });
  session.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response) transfers.push({ ...response, bytes: encodedDataLength });
  });
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  return transfers;
}

describe.skipIf(unavailable !== undefined)('the answer page on the wire', () => {
  const env = e2eEnvironmentForTests();

  test('a cold load of the emailed link transfers at most 100 kB, compressed, without the leader app', {
    timeout: 90_000,
  }, async () => {
    const { api } = await signedUpLeader(env, 'Ada Leader');
    const { workspaceId, cycleId } = await newListeningCycle(api);
    const unique = Date.now().toString(36);
    const people = ['Pia Peer', 'Pete Peer', 'Mo Manager'].map((name) => ({
      name,
      email: `${name.split(' ')[0]?.toLowerCase()}.weight.${unique}@example.com`,
      relationshipGroup: name.startsWith('Mo') ? 'manager' : 'peer',
    }));
    const ids: string[] = [];
    for (const person of people) {
      const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
        `/api/workspaces/${workspaceId}/stakeholders`,
        person,
      );
      ids.push(stakeholder.id);
    }
    await api.post(`/api/cycles/${cycleId}/rounds`, {
      kind: 'listening',
      intro: 'I would value your honest, future-focused suggestions.',
      closesOn: addDays(new Date().toISOString().slice(0, 10), 7),
      stakeholderIds: ids,
    });
    const mail = await env.mail.waitForMessage(
      people[0]?.email as string,
      'Ada Leader would value your feedforward',
    );

    const { page } = await env.newVisitor({ viewport: phoneViewport, isMobile: true, hasTouch: true });
    const transfers = await watchTransfers(page);
    await page.goto(linkIn(mail, '/a/'));
    await expectPage(page, 'Your ideas for Ada Leader', 'Suggestions for Ada Leader');
    await page.waitForLoadState('networkidle');

    const total = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
    console.info(`answer page, cold load: ${total} bytes over ${transfers.length} responses`);
    expect(total).toBeLessThanOrEqual(budgetBytes);
    // Every script and style sheet came compressed (brotli, as Chromium accepts it).
    const code = transfers.filter((transfer) => /\.(?:js|css)$/.test(transfer.url));
    expect(code.length).toBeGreaterThan(0);
    expect(code.filter((transfer) => transfer.encoding !== 'br')).toEqual([]);
    // None of the leader's screens nor the router came along.
    const leaderCode = code.filter((transfer) =>
      /\/assets\/(?:index|router|schemas|cycle|round)-/.test(transfer.url),
    );
    expect(leaderCode).toEqual([]);
    expect(pageProblems(page)).toEqual([]);
  });
});
