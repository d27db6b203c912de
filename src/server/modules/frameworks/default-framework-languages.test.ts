import { describe, expect, test } from 'vitest';
import { competencyInLanguage, defaultFrameworkText } from '../../../shared/i18n/catalogs/framework';
import { defaultFramework } from './default-framework';

const listening = defaultFramework.competencies[0] as (typeof defaultFramework.competencies)[number];

describe('the default framework as translatable content', () => {
  test('its English names and behaviors are the catalog’s', () => {
    expect(listening.name).toBe(defaultFrameworkText('listening-with-empathy.name'));
    expect(listening.behaviors[0]?.text).toBe('let people finish speaking before I respond');
    expect(() => defaultFrameworkText('listening-with-empathy.no-such-behavior')).toThrow(/no text/);
  });

  test('a German round asks about the default competency in German', () => {
    const german = competencyInLanguage(listening, 'de');
    expect(german.name).toBe('Zuhören mit Empathie');
    expect(german.behaviors[0]).toEqual({
      key: 'let-people-finish',
      text: 'Ich lasse andere ausreden, bevor ich antworte',
    });
    expect(german.description).toBe(listening.description);
    expect(competencyInLanguage(listening, 'en')).toBe(listening);
  });

  test('a name or behavior the workspace wrote or reworded stays as written', () => {
    const reworded = {
      ...listening,
      name: 'Zuhören, wie wir es meinen',
      behaviors: [
        { key: 'let-people-finish', text: 'let people finish, always' },
        { key: 'our-own-behavior', text: 'ask the on-call person how the night went' },
        ...listening.behaviors.slice(1),
      ],
    };
    const spanish = competencyInLanguage(reworded, 'es');
    expect(spanish.name).toBe('Zuhören, wie wir es meinen');
    expect(spanish.behaviors.slice(0, 3).map((behavior) => behavior.text)).toEqual([
      'let people finish, always',
      'ask the on-call person how the night went',
      'Resumo lo que he oído antes de dar mi opinión',
    ]);
  });
});
