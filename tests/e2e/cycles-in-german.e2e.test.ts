import { describe, expect, test } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { expectPage, expectVisible } from './support/page-checks';
import { cycleWithReleasedListeningRound } from './support/released-listening-round';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

const unique = Date.now().toString(36);
const stakeholders = ['Mia Manager', 'Dan Direct', 'Rita Report'].map((name) => ({
  name,
  email: `${name.toLowerCase().replace(' ', '.')}.${unique}@example.com`,
  group: 'direct_report' as const,
}));

// Issue 17: the leader's cycle, round and progress screens read in German once German is chosen.
describe.skipIf(unavailable !== undefined)('growth cycles in German', () => {
  const env = e2eEnvironmentForTests();

  test('a leader who chose German starts a cycle, reads a round’s results and their progress in German', {
    timeout: 240_000,
  }, async () => {
    const { page, api } = await signedUpLeader(env, 'Ada Leader');
    const { cycleId, roundId, workspaceId } = await cycleWithReleasedListeningRound(env, api, {
      stakeholders,
      suggestions: [
        'Ask what is in our way in the one-to-ones.',
        'Let us finish explaining before you propose a fix.',
        'Share why a decision was made.',
      ],
      intro: 'I am working on listening and would value your suggestions.',
    });

    await page.goto(`/workspaces/${workspaceId}/cycles`);
    await expectPage(page, 'Your growth cycles');
    await page.getByLabel('Language').selectOption('de');
    await expectPage(page, 'Deine Wachstumszyklen');
    await expectVisible(page.getByRole('list', { name: 'Laufende Wachstumszyklen' }));
    await checkAccessibility(page, 'cycles in German');

    await page.getByRole('link', { name: 'Wachstumszyklus starten' }).first().click();
    await expectPage(page, 'Wachstumszyklus starten');
    await page
      .getByLabel('Die Situation, in deinen eigenen Worten')
      .fill('Mein Team erzählt mir Probleme zu spät.');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Wähle eine Fähigkeit, die du aufbauen willst' }));
    await expectVisible(page.getByRole('group', { name: 'Welche Fähigkeit würde am meisten helfen?' }));
    await checkAccessibility(page, 'choose a capability in German');

    await page.goto(`/rounds/${roundId}`);
    await expectPage(page, 'Zuhörrunde');
    await expectVisible(
      page.getByRole('heading', { name: 'Wie andere dich sehen und wie du dich selbst gesehen hast' }),
    );
    await expectVisible(page.getByRole('heading', { name: 'Vorschläge für die Zukunft' }));
    await expectVisible(page.getByRole('heading', { name: 'Danke sagen' }));
    await expectVisible(page.getByRole('button', { name: 'Dankeschön senden' }));
    await checkAccessibility(page, 'released round in German');

    await page.goto(`/cycles/${cycleId}`);
    await expectVisible(page.getByText('Wachstumszyklus', { exact: true }));
    await expectVisible(page.getByRole('heading', { name: 'Deine Zuhörrunde ist beendet' }));
    await expectVisible(page.getByRole('heading', { name: 'Dein Ausgangspunkt' }));
    await expectVisible(page.getByRole('list', { name: 'Phasen des Wachstumszyklus' }));
    await checkAccessibility(page, 'cycle in German');

    await page.goto(`/cycles/${cycleId}/progress`);
    await expectPage(page, 'Dein Fortschritt');
    await expectVisible(
      page.getByRole('heading', { name: 'Wie du dich gesehen hast und wie andere dich gesehen haben' }),
    );
    await checkAccessibility(page, 'progress in German');

    // A new cycle's first round: its message speaks the round's language, whatever the screens speak.
    const next = await newListeningCycle(api, { 'let-people-finish': 3 });
    await page.goto(`/cycles/${next.cycleId}`);
    const message = page.getByLabel('Deine Nachricht an sie');
    const roundLanguage = page.getByLabel('Sprache der Fragen und Einladungen');
    await expect.poll(() => message.inputValue()).toContain("I'm working on listening with empathy");
    await roundLanguage.selectOption('de');
    await expect.poll(() => message.inputValue()).toContain('Ich arbeite gerade an „Zuhören mit Empathie“');
    await roundLanguage.selectOption('fr');
    await expect.poll(() => message.inputValue()).toContain('Je travaille sur « Écouter avec empathie »');
    await message.fill('Mon propre message.');
    await roundLanguage.selectOption('es');
    expect(await message.inputValue()).toBe('Mon propre message.');
  });
});
