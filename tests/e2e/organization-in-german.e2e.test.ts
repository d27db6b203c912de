import { describe, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectVisible } from './support/page-checks';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

// Issue 17: an organization's screens (workspace, programs and their insight, coaching) read in German.
describe.skipIf(unavailable !== undefined)('an organization in German, in the browser', () => {
  const env = e2eEnvironmentForTests({ serverEnv: { SMTP_URL: '' } });

  test('an admin walks the workspace, a program and its insight, and a leader the coach page, in German', {
    timeout: 180_000,
  }, async () => {
    const admin = await signedUpLeader(env, 'Ann Admin');
    await admin.context.addInitScript(() => localStorage.setItem('feedforward.language', 'de'));
    const { id: workspaceId } = await admin.api.post<{ id: string }>('/api/workspaces', { name: 'Acme' });
    const { id: programId } = await admin.api.post<{ id: string }>(
      `/api/workspaces/${workspaceId}/programs`,
      {
        name: 'Frühjahr',
        startsOn: '2026-01-05',
        endsOn: '2026-06-30',
        coachAccountId: null,
        cadence: { checkInIntervalDays: 14, miniSurveyIntervalDays: 45, dailyReminderTime: null },
      },
    );
    const { page } = admin;

    await page.goto(`/workspaces/${workspaceId}`);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Acme' }));
    await expectVisible(page.getByRole('heading', { name: 'Mitglieder' }));
    await expectVisible(page.getByRole('heading', { name: 'Anonymität' }));
    await expectVisible(page.getByRole('button', { name: 'Einladung senden' }));
    await checkAccessibility(page, 'workspace in German');

    await page.goto(`/workspaces/${workspaceId}/programs`);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Programme' }));
    await expectVisible(page.getByRole('heading', { name: 'Programm anlegen' }));
    await page.getByRole('link', { name: 'Frühjahr' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Führungskräfte einladen' }));
    await expectVisible(page.getByText('Noch niemand eingeladen'));
    await checkAccessibility(page, 'program in German');

    await page.goto(`/programs/${programId}/insight`);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Auswertung des Programms' }));
    await expectVisible(page.getByRole('heading', { name: 'Beteiligung' }));
    await expectVisible(page.getByText(/Nicht genug Daten/).first());
    await checkAccessibility(page, 'program insight in German');

    const leader = await signedUpLeader(env, 'Lou Leader');
    await leader.context.addInitScript(() => localStorage.setItem('feedforward.language', 'de'));
    const { workspaces } = await leader.api.get<{ workspaces: { id: string }[] }>('/api/workspaces');
    await leader.page.goto(`/workspaces/${workspaces[0]?.id}/coach`);
    await expectVisible(leader.page.getByRole('heading', { level: 1, name: 'Dein Coach' }));
    await expectVisible(leader.page.getByRole('heading', { name: 'Einen Coach einladen' }));
    await expectVisible(leader.page.getByRole('button', { name: 'Coach einladen' }));
    await checkAccessibility(leader.page, 'coach page in German');

    await leader.page.goto('/coaching');
    await expectVisible(leader.page.getByRole('heading', { level: 1, name: 'Deine Coachees' }));
    await expectVisible(leader.page.getByText('Noch niemand zu begleiten'));
  });
});
