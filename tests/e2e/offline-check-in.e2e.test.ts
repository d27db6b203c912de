import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { expectPage, expectVisible } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

type CheckinsView = { today: string; checkins: { commitmentId: string; day: string; score: number }[] };

/** Width and height from a PNG's header. */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

describe.skipIf(unavailable !== undefined)('the daily question on the phone, offline', () => {
  const env = e2eEnvironmentForTests();

  test('the app is installable: a manifest with its icons, and a worker', { timeout: 60_000 }, async () => {
    const { page, context } = await signedUpLeader(env, 'Ivy Installer');
    await page.goto('/');
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestUrl).toBe('/manifest.webmanifest');
    const response = await context.request.get(`${env.baseUrl}/manifest.webmanifest`);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as {
      name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Feedforward', start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"]').getAttribute('content'));
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '192x192 maskable',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of pngs) {
      const image = await context.request.get(`${env.baseUrl}${icon.src}`);
      expect(image.headers()['content-type']).toBe('image/png');
      expect(pngSize(await image.body()).join('x')).toBe(icon.sizes);
    }
    const worker = await context.request.get(`${env.baseUrl}/sw.js`);
    expect(worker.headers()['content-type']).toContain('text/javascript');
    expect(worker.headers()['cache-control']).toBe('no-cache');
    // The stakeholder's answer page stays without it: its weight is budgeted.
    const answerPage = await context.request.get(`${env.baseUrl}/answer`);
    expect(await answerPage.text()).not.toContain('manifest');
  });

  test('a check-in made offline is kept, survives a reload offline and syncs once when back online', {
    timeout: 120_000,
  }, async () => {
    const { page, context, api } = await signedUpLeader(env, 'Olu Offline');
    const { cycleId } = await newListeningCycle(api);
    await api.post(`/api/cycles/${cycleId}/commitments`, {
      situation: 'When someone brings me a problem',
      action: 'I will ask two open questions before I suggest anything',
      frequency: 'Every time',
      noticedBy: 'They will hear questions before advice',
    });
    const checkinsToday = async () => {
      const view = await api.get<CheckinsView>(`/api/cycles/${cycleId}/checkins`);
      return view.checkins.filter((checkin) => checkin.day === view.today);
    };

    await page.goto(`/cycles/${cycleId}/practice`);
    await expectPage(page, 'Daily questions');
    // The worker installs after the first load and takes over the page; the next load goes through it,
    // which keeps this page's data for offline.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();
    await expectPage(page, 'Daily questions');

    await context.setOffline(true);
    const item = page.getByRole('list', { name: 'Daily questions' }).getByRole('listitem');
    const question = item.getByRole('group', {
      name: 'Did I do my best to ask two open questions before I suggest anything today?',
    });
    await question.getByRole('button', { name: '7', exact: true }).click();
    await expectVisible(
      page.getByText('Saved on this device: 7 of 10 for today. It will sync when you are back online.'),
    );
    expect(await checkinsToday()).toEqual([]);

    // Reloaded without a network: the app shell and the page's data come from the worker, and the
    // waiting check-in from the device.
    const offlineLoad = await page.reload();
    expect(offlineLoad?.fromServiceWorker()).toBe(true);
    await expectPage(page, 'Daily questions');
    expect(await question.getByRole('button', { name: '7', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expectVisible(item.getByText('Saved on this device; it will sync when you are back online.'));
    await checkAccessibility(page, 'offline check-in waiting');
    expect(await checkinsToday()).toEqual([]);

    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/checkins/')) sent.push(request.url());
    });
    await context.setOffline(false);
    await expectVisible(page.getByText('Your check-in made offline is synced.'));
    await expectVisible(question.getByRole('button', { name: '7', exact: true }));
    expect(await item.getByText('Saved on this device; it will sync').count()).toBe(0);
    expect(sent).toHaveLength(1);
    expect((await checkinsToday()).map((checkin) => checkin.score)).toEqual([7]);

    // Loading again sends nothing more: the queue is empty, and the server still has one check-in.
    await page.reload();
    await expectPage(page, 'Daily questions');
    expect(await question.getByRole('button', { name: '7', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(sent).toHaveLength(1);
    expect((await checkinsToday()).map((checkin) => checkin.score)).toEqual([7]);
    expect(pageProblems(page)).toEqual([]);
  });
});
