import { describe, expect, test } from 'vitest';
import { looksEnglish } from './english-text';

describe('whether a text reads as English, for the English-only hints', () => {
  test.each([
    'You always interrupted people in the last meeting.',
    'Ask the team what they think before you decide.',
    'Could you share the plan with us earlier next time?',
  ])('English: %s', (text) => {
    expect(looksEnglish(text)).toBe(true);
  });

  test.each([
    'Sie haben im letzten Meeting die Leute immer unterbrochen.',
    'Fragen Sie das Team nach seiner Meinung, bevor Sie entscheiden.',
    'Vous avez toujours interrompu les gens lors de la dernière réunion.',
    'Pregunte al equipo qué piensa antes de decidir.',
    'Podría compartir el plan con nosotros antes la próxima vez?',
  ])('not English: %s', (text) => {
    expect(looksEnglish(text)).toBe(false);
  });

  test('a word or two cannot be told apart, and keeps the English behaviour', () => {
    expect(looksEnglish('Danke')).toBe(true);
  });
});
