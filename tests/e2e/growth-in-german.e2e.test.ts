import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { expectPage, expectVisible } from './support/page-checks';
import { cycleWithReleasedListeningRound } from './support/released-listening-round';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const unique = Date.now().toString(36);

describe.skipIf(unavailable !== undefined)('the framework, plan and practice in German', () => {
  const env = e2eEnvironmentForTests();

  test('a leader who switches to German reads the default framework, the plan and the practice in German', {
    timeout: 240_000,
  }, async () => {
    const { page, api } = await signedUpLeader(env, 'Ada Leader');
    const { cycleId, workspaceId } = await cycleWithReleasedListeningRound(env, api, {
      stakeholders: ['Mia Manager', 'Dan Direct', 'Rita Report'].map((name) => ({
        name,
        email: `${name.toLowerCase().replace(' ', '.')}.${unique}@example.com`,
        group: 'direct_report' as const,
      })),
      suggestions: [
        'Lass uns ausreden, bevor du eine Lösung vorschlägst.',
        'Frag öfter nach, wie es uns mit der Arbeit geht.',
        'Leg das Handy weg, wenn wir mit dir sprechen.',
      ],
      intro: 'Ich freue mich über eure Vorschläge.',
    });
    await api.post(`/api/cycles/${cycleId}/commitments`, {
      situation: 'jemand mit einem Problem zu mir kommt',
      action: 'zwei offene Fragen stellen, bevor ich etwas vorschlage',
      frequency: 'In jedem Einzelgespräch',
      noticedBy: 'Sie hören zuerst eine Frage von mir',
    });

    // The framework page: the header's switch, then the default framework's own texts in German.
    await page.goto(`/workspaces/${workspaceId}/framework`);
    await expectPage(page, 'Competency framework');
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await expectPage(page, 'Kompetenzmodell');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expectVisible(page.getByText('Feedforward-Startermodell für neue Führungskräfte'));
    const competencies = page.getByRole('list', { name: 'Kompetenzen' });
    await expectVisible(competencies.getByRole('heading', { name: 'Zuhören mit Empathie' }));
    await expectVisible(competencies.getByText(/^Menschen deine volle Aufmerksamkeit schenken/));
    await checkAccessibility(page, 'framework in German');

    // The plan: its headings, the behavior's details and the competency's default name.
    await page.goto(`/cycles/${cycleId}/plan`);
    await expectPage(page, 'Dein Plan');
    await expectVisible(page.getByText('Zuhören mit Empathie'));
    await expectVisible(page.getByRole('heading', { name: 'Was du anders machen wirst' }));
    await expectVisible(page.getByText('1 von 3'));
    await expectVisible(page.getByText('Woran andere es merken würden'));
    await expectVisible(page.getByRole('heading', { name: 'Erzähl es deinem Team' }));
    await checkAccessibility(page, 'plan in German');

    // Practice: the daily question quotes the behavior as written, in a German sentence.
    await page.goto(`/cycles/${cycleId}/practice`);
    await expectPage(page, 'Tägliche Fragen');
    await expectVisible(
      page.getByText(
        'Habe ich heute mein Bestes gegeben bei „zwei offene Fragen stellen, bevor ich etwas vorschlage“?',
      ),
    );
    await page.getByRole('button', { name: '8', exact: true }).click();
    await expectVisible(page.getByText('Gespeichert: 8 von 10 für heute.'));
    await expectVisible(page.getByRole('heading', { name: 'Tägliche Erinnerung' }));
    await checkAccessibility(page, 'practice in German');
  });
});
