import { beforeAll, describe, expect, test } from 'vitest';
import type { TextAnalysis } from './analyzed-text';
import { joinTokens } from './analyzed-text';
import { createTextAnalysis } from './text-analysis';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

describe('text analysis', () => {
  test('splits text into sentences that share the document tokens', () => {
    const result = analysis.analyze('They never listen. I should ask more questions!');
    expect(result.sentences.map((sentence) => sentence.text)).toEqual([
      'They never listen.',
      'I should ask more questions!',
    ]);
    expect(result.sentences.flatMap((sentence) => sentence.tokens)).toEqual(result.tokens);
  });

  test('tokens join back into the text as written', () => {
    const text = "You didn't share the agenda for our one-on-one,  again.";
    expect(joinTokens(analysis.analyze(text).tokens)).toBe(text);
  });

  test('gives dictionary forms and expands contractions', () => {
    const tokens = analysis.analyze("My engineers don't tell me they missed deadlines").tokens;
    expect(tokens.map((token) => token.lemma)).toEqual([
      'my',
      'engineer',
      'do',
      'not',
      'tell',
      'me',
      'they',
      'miss',
      'deadline',
    ]);
    expect(tokens[3]?.normal).toBe('not');
  });

  test('reads "I\'m" as "I am", with either apostrophe', () => {
    for (const text of ["I'm tired", 'I\u2019m tired']) {
      expect(analysis.analyze(text).tokens.map((token) => [token.normal, token.pos])).toEqual([
        ['i', 'PRON'],
        ['am', 'AUX'],
        ['tired', 'ADJ'],
      ]);
    }
  });

  test('marks names, stop words and dates', () => {
    const tokens = analysis.analyze('Last week Sarah skipped the review.').tokens;
    expect(tokens.find((token) => token.text === 'Sarah')?.pos).toBe('PROPN');
    expect(tokens.find((token) => token.text === 'the')?.isStopWord).toBe(true);
    expect(tokens[0]?.entity).toBe('DATE');
  });

  test('tells known English words from names, and marks where sentences start', () => {
    const tokens = analysis.analyze('Deadlines slip. Priya knows.').tokens;
    expect(tokens.map((token) => [token.text, token.isKnownWord, token.startsSentence])).toEqual([
      ['Deadlines', true, true],
      ['slip', true, false],
      ['.', true, false],
      ['Priya', false, true],
      ['knows', true, false],
      ['.', true, false],
    ]);
  });

  test('scores harsh wording as negative', () => {
    expect(analysis.analyze('You are lazy and terrible at this.').sentiment).toBeLessThan(0);
  });
});
