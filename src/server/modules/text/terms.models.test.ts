import { beforeAll, describe, expect, test } from 'vitest';
import type { TextAnalysis } from './analyzed-text';
import { contentTerms, normalizeShorthand } from './terms.models';
import { createTextAnalysis } from './text-analysis';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const termsOf = (text: string) => contentTerms(analysis.analyze(text).tokens);

describe('content terms', () => {
  test('drop stop words, pronouns and punctuation', () => {
    expect(termsOf('They never tell me about the deadlines!')).toEqual(['tell', 'deadli']);
  });

  test.each([
    ['decision', 'decided'],
    ['growth', 'growing'],
    ['recognition', 'recognize'],
    ['delegation', 'delegating'],
    ['explanation', 'explains'],
    ['clarity', 'clear'],
    ['choice', 'choose'],
    ['belief', 'believe'],
    ['anger', 'angry'],
    ['prioritize', 'priorities'],
    ['ownership', 'owner'],
  ])('"%s" and "%s" are one term', (one, other) => {
    expect(termsOf(one)).toEqual(termsOf(other));
    expect(termsOf(one)).toHaveLength(1);
  });
});

describe('shorthand and quantities', () => {
  test.each(['1:1s', 'one-on-ones', '1-on-1', 'one on one'])('"%s" becomes one term', (spelling) => {
    expect(termsOf(normalizeShorthand(`We talk in ${spelling} weekly`))).toEqual(['talk', 'oneono', 'week']);
  });

  test('"the rest of the team" is about the team, not about rest', () => {
    expect(termsOf('The rest of the team needs rest')).toEqual(['team', 'need', 'rest']);
  });
});
