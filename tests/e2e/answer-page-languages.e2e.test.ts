import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/shared/calendar';
import type { Locale } from '../../src/shared/i18n/locales';
import { formatDay } from '../../src/shared/i18n/translate';
import { checkAccessibility } from './support/accessibility';
import { signedUpLeader } from './support/accounts';
import { browserUnavailableReason, phoneViewport } from './support/browser';
import { e2eEnvironmentForTests } from './support/e2e-environment';
import { newListeningCycle } from './support/listening-cycle';
import { linkIn } from './support/mail-message';
import { expectPage, fitsViewportWidth, smallTouchTargets } from './support/page-checks';
import { pageProblems } from './support/page-problems';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(unavailable);

/** What a stakeholder reads, written out here rather than read from the catalogs under test. */
type Wording = {
  subject: string;
  heading: string;
  title: string;
  send: string;
  thanks: string;
  thanksLead: string;
  language: string;
  /** The closing day as the ground rules write it, in a sentence of this language. */
  closesOn: (day: string) => string;
};

const wording: Record<Locale, Wording> = {
  en: {
    subject: 'Ada Leader would value your feedforward',
    heading: 'Your ideas for Ada Leader',
    title: 'Suggestions for Ada Leader',
    send: 'Send my answers',
    thanks: 'Thank you',
    thanksLead: 'Thank you. Your answers were saved anonymously.',
    language: 'Language',
    closesOn: (day) => `after the round closes on ${formatDay(day, 'en')}.`,
  },
  de: {
    subject: 'Ada Leader würde sich über Ihr Feedforward freuen',
    heading: 'Ihre Ideen für Ada Leader',
    title: 'Vorschläge für Ada Leader',
    send: 'Meine Antworten senden',
    thanks: 'Vielen Dank',
    thanksLead: 'Vielen Dank. Ihre Antworten wurden anonym gespeichert.',
    language: 'Sprache',
    closesOn: (day) => `nachdem die Runde am ${formatDay(day, 'de')} endet.`,
  },
  fr: {
    subject: 'Ada Leader aimerait connaître vos suggestions pour la suite',
    heading: 'Vos idées pour Ada Leader',
    title: 'Suggestions pour Ada Leader',
    send: 'Envoyer mes réponses',
    thanks: 'Merci',
    thanksLead: 'Merci. Vos réponses ont été enregistrées de façon anonyme.',
    language: 'Langue',
    closesOn: (day) => `après la clôture de la consultation le ${formatDay(day, 'fr')}.`,
  },
  es: {
    subject: 'Ada Leader agradecería sus sugerencias para el futuro',
    heading: 'Sus ideas para Ada Leader',
    title: 'Sugerencias para Ada Leader',
    send: 'Enviar mis respuestas',
    thanks: 'Gracias',
    thanksLead: 'Gracias. Sus respuestas se guardaron de forma anónima.',
    language: 'Idioma',
    closesOn: (day) => `cuando la consulta cierre el ${formatDay(day, 'es')}.`,
  },
};

/** The first behavior of the default framework, as a round in each language asks about it. */
const firstBehavior: Record<Locale, string> = {
  en: 'How consistently does Ada Leader do this: “I let people finish speaking before I respond”?',
  de: 'Wie beständig macht Ada Leader Folgendes: „Ich lasse andere ausreden, bevor ich antworte“?',
  fr: 'Avec quelle régularité observez-vous ce comportement chez Ada Leader : « Je laisse les autres finir de parler avant de répondre » ?',
  es: '¿Con qué constancia hace Ada Leader lo siguiente: «Dejo que los demás terminen de hablar antes de responder»?',
};

/** Tips on wording read English only: on a page in another language one sentence says so, by each idea. */
const tipsInEnglishOnly: Record<Locale, string | null> = {
  en: null,
  de: 'Schreibtipps gibt es nur auf Englisch.',
  fr: 'Les conseils d’écriture ne sont disponibles qu’en anglais.',
  es: 'Los consejos de redacción solo están disponibles en inglés.',
};

// Each round's stakeholder switches to the next language on the page.
const cases: { round: Locale; switchTo: Locale; phone: boolean }[] = [
  { round: 'en', switchTo: 'de', phone: false },
  { round: 'de', switchTo: 'fr', phone: false },
  { round: 'fr', switchTo: 'es', phone: true },
  { round: 'es', switchTo: 'en', phone: false },
];

async function htmlLang(page: Page) {
  return page.evaluate(() => document.documentElement.lang);
}

describe.skipIf(unavailable !== undefined)('the answer page in four languages', () => {
  const env = e2eEnvironmentForTests();
  const unique = Date.now().toString(36);

  for (const { round, switchTo, phone } of cases) {
    test(`a round in ${round} opens in ${round}; the stakeholder switches to ${switchTo}, answers, and is thanked in ${switchTo}`, {
      timeout: 120_000,
    }, async () => {
      const { api } = await signedUpLeader(env, 'Ada Leader');
      const { workspaceId, cycleId } = await newListeningCycle(api);
      const emails = ['one', 'two', 'three'].map((who) => `${who}.${round}.${unique}@example.com`);
      const ids: string[] = [];
      for (const [index, email] of emails.entries()) {
        const { stakeholder } = await api.post<{ stakeholder: { id: string } }>(
          `/api/workspaces/${workspaceId}/stakeholders`,
          { name: `Person ${index + 1}`, email, relationshipGroup: 'peer' },
        );
        ids.push(stakeholder.id);
      }
      const closesOn = addDays(new Date().toISOString().slice(0, 10), 7);
      await api.post(`/api/cycles/${cycleId}/rounds`, {
        kind: 'listening',
        intro: 'I would value your honest, future-focused suggestions.',
        closesOn,
        stakeholderIds: ids,
        language: round,
      });
      const mail = await env.mail.waitForMessage(emails[0] as string, wording[round].subject);

      const { page } = await env.newVisitor(
        phone ? { viewport: phoneViewport, isMobile: true, hasTouch: true } : undefined,
      );
      await page.goto(linkIn(mail, '/a/'));

      // The page opens in the round's language: headings, buttons, the closing day, the questions.
      const asked = wording[round];
      await expectPage(page, asked.heading, asked.title);
      expect(await htmlLang(page)).toBe(round);
      await page.getByRole('button', { name: asked.send }).waitFor();
      await page.getByRole('group', { name: firstBehavior[round] }).waitFor();
      const rules = page.locator('.rules-details');
      await rules.locator('summary').click();
      await rules.getByText(asked.closesOn(closesOn), { exact: false }).waitFor();
      const tipsNote = tipsInEnglishOnly[round];
      if (tipsNote) expect(await page.getByText(tipsNote).count()).toBe(2);
      else expect(await page.getByText(/available in English only/).count()).toBe(0);
      await checkAccessibility(page, `answer page in ${round}`);
      if (phone) {
        expect(await fitsViewportWidth(page)).toBe(true);
        expect(await smallTouchTargets(page)).toEqual([]);
      }

      // The stakeholder switches language on the page; the choice survives a reload of the page.
      const chosen = wording[switchTo];
      await page.getByRole('combobox', { name: asked.language }).selectOption(switchTo);
      await expectPage(page, chosen.heading, chosen.title);
      expect(await htmlLang(page)).toBe(switchTo);
      expect(new URL(page.url()).searchParams.get('lang')).toBe(switchTo);
      // Kept in the address only: nothing in the browser's storage for the next person's link.
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      await page.reload();
      await expectPage(page, chosen.heading, chosen.title);
      await page.getByRole('combobox', { name: chosen.language }).waitFor();
      // The questions stay as the round asked them.
      await page.getByRole('group', { name: firstBehavior[round] }).waitFor();
      await checkAccessibility(page, `answer page in ${round}, switched to ${switchTo}`);

      await page
        .locator('textarea[name="answer-feedforward-1"]')
        .fill('Ask each of us one open question in the weekly meeting before sharing your own view.');
      await page.getByRole('button', { name: chosen.send }).click();
      await expectPage(page, chosen.thanks);
      await page.getByText(chosen.thanksLead).waitFor();
      expect(await htmlLang(page)).toBe(switchTo);
      await checkAccessibility(page, `thank-you page in ${switchTo}`);
      expect(pageProblems(page)).toEqual([]);
    });
  }
});
