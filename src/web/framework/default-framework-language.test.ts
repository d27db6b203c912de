import { describe, expect, test } from 'vitest';
import en from '../../shared/i18n/catalogs/framework/en.json';
import {
  behaviorSentenceIn,
  competencyInUiLanguage,
  frameworkInUiLanguage,
} from './default-framework-language';

// The default framework as the API sends it: its English, which is the catalog's (decision 0050).
const defaultCompetency = (key: 'listening-with-empathy' | 'coaching') => ({
  key,
  name: en[`${key}.name`],
  description: en[`${key}.description`],
  whyItMatters: en[`${key}.why-it-matters`],
  reflectionPrompts: [
    en[`${key}.reflection-prompt-1`],
    en[`${key}.reflection-prompt-2`],
    en[`${key}.reflection-prompt-3`],
  ],
  behaviors: [{ key: 'let-people-finish', text: en['listening-with-empathy.let-people-finish'] }],
});
const listening = defaultCompetency('listening-with-empathy');
const defaultFramework = {
  name: en['framework.name'],
  competencies: [listening, defaultCompetency('coaching')],
};

describe('the default framework in the language of the leader’s screens', () => {
  test('in German every text still worded as the default reads in German', () => {
    const german = competencyInUiLanguage(listening, 'de');
    expect(german.name).toBe('Zuhören mit Empathie');
    expect(german.description).toMatch(/^Menschen deine volle Aufmerksamkeit schenken/);
    expect(german.whyItMatters).toMatch(/^Wer sich gehört fühlt/);
    expect(german.reflectionPrompts[0]).toBe(
      'Wie viel habe ich in meinen letzten Gesprächen geredet, und wie viel habe ich zugehört?',
    );
    expect(german.behaviors[0]?.text).toBe('Ich lasse andere ausreden, bevor ich antworte');
    expect(frameworkInUiLanguage(defaultFramework, 'de').name).toBe(
      'Feedforward-Startermodell für neue Führungskräfte',
    );
  });

  test('in English the framework is shown as stored', () => {
    expect(competencyInUiLanguage(listening, 'en')).toBe(listening);
    expect(frameworkInUiLanguage(defaultFramework, 'en')).toBe(defaultFramework);
  });

  test('what the workspace wrote or reworded stays as written, reordered prompts stay translated', () => {
    const [first, second, third] = listening.reflectionPrompts as [string, string, string];
    const german = competencyInUiLanguage(
      {
        ...listening,
        description: 'How we listen at Acme.',
        reflectionPrompts: [third, 'Did I listen today?', first],
      },
      'de',
    );
    expect(german.description).toBe('How we listen at Acme.');
    expect(german.reflectionPrompts).toEqual([
      'Wen in meinem Team verstehe ich am wenigsten, und was habe ich diese Person nie gefragt?',
      'Did I listen today?',
      'Wie viel habe ich in meinen letzten Gesprächen geredet, und wie viel habe ich zugehört?',
    ]);
    expect(german.reflectionPrompts).not.toContain(second);
  });

  test('a reframe suggestion, which carries only a name and a description, is translated too', () => {
    const suggestion = {
      key: 'coaching',
      name: 'Coaching',
      description: en['coaching.description'],
      score: 0.8,
      matchedWords: ['answers'],
    };
    const german = competencyInUiLanguage(suggestion, 'de');
    expect(german.description).toMatch(/^Menschen mit Fragen helfen/);
    expect(german).toMatchObject({ score: 0.8, matchedWords: ['answers'] });
    expect(german).not.toHaveProperty('behaviors');
  });

  test('a default behavior is a whole German sentence, from its English or its German; a written one is not', () => {
    const german = 'Ich lasse andere ausreden, bevor ich antworte';
    expect(behaviorSentenceIn(en['listening-with-empathy.let-people-finish'], 'de')).toBe(german);
    expect(behaviorSentenceIn(german, 'de')).toBe(german);
    expect(behaviorSentenceIn('ask my team before I decide', 'de')).toBeNull();
    expect(behaviorSentenceIn(en['listening-with-empathy.name'], 'de')).toBeNull();
    expect(behaviorSentenceIn(en['listening-with-empathy.let-people-finish'], 'en')).toBeNull();
  });
});
