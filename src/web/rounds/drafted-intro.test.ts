import { describe, expect, test } from 'vitest';
import de from '../../shared/i18n/catalogs/framework/de.json';
import en from '../../shared/i18n/catalogs/framework/en.json';
import { draftIntro } from './drafted-intro';

const listening = { key: 'listening-with-empathy', name: en['listening-with-empathy.name'] };

describe('the message a round opens with, drafted in the round’s language', () => {
  test('in English the capability reads inside the sentence in lower case', async () => {
    expect(await draftIntro('first', listening, 'en')).toBe(
      "I'm working on listening with empathy and would value your honest, future-focused suggestions. It takes about three minutes. Thank you for helping me grow.",
    );
  });

  test('a German round names the default competency in German and addresses stakeholders formally', async () => {
    const intro = await draftIntro('first', listening, 'de');
    expect(intro).toContain(`„${de['listening-with-empathy.name']}“`);
    expect(intro).toContain('Ihre ehrlichen');
  });

  test('French and Spanish rounds name it in their language, though the screens are English or German', async () => {
    const shownInGerman = { ...listening, name: de['listening-with-empathy.name'] };
    expect(await draftIntro('pulse', shownInGerman, 'fr')).toContain('« Écouter avec empathie »');
    expect(await draftIntro('mini_survey', listening, 'es')).toMatch(
      /^He estado practicando .*«Escuchar con empatía»/,
    );
  });

  test('a competency the workspace named itself keeps its name in every language', async () => {
    const own = { key: 'listening-with-empathy', name: 'Zuhören wie Momo' };
    expect(await draftIntro('first', own, 'fr')).toContain('« Zuhören wie Momo »');
  });
});
