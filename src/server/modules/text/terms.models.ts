import type { AnalyzedToken, TextAnalysis } from './analyzed-text';

/**
 * Content terms: the words that carry meaning, folded so one word family becomes one term.
 * Shared by competency matching and theme grouping so both agree on what "the same word" is.
 */

// Porter stems keep some families apart ("recognition" → "recognit", "recognize" → "recogn");
// cutting to six letters joins them, and collisions at that length are rare in this vocabulary.
const termLength = 6;

// Families the stemmer cannot join because the spelling changes: lemma → the family's term.
const derivedTerms = new Map<string, string>(
  Object.entries({
    decision: 'decid',
    growth: 'grow',
    ownership: 'owner',
    explanation: 'explai',
    clarity: 'clear',
    choice: 'choos',
    belief: 'believ',
    anger: 'angri',
    pride: 'proud',
  }),
);

// Words too common in workplace text to tell topics apart, beyond the model's stop words.
const genericWords = new Set(
  'get go make thing stuff really just lot like seem keep want know think even still also way maybe please bit kind sort actually basically pretty quite able try let use look come'.split(
    ' ',
  ),
);

// "the rest of the team", "a couple of people": quantities, not topics.
const quantityWords = new Set(['rest', 'lot', 'bunch', 'couple', 'number', 'half', 'most', 'part', 'plenty']);

// Spellings of a word the tokenizer would split into meaningless pieces ("1", ":", "1").
// Texting shorthand is spelled out so it matches the words it stands for.
const shorthands: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:one[- ](?:on|to)[- ]ones?|1[-: ]?on[-: ]?1s?|1:1s?)(?!\w)/gi, ' oneonone '],
  [/\bon[- ]?call\b/gi, ' oncall '],
  [/\bstand-ups?\b/gi, 'standups'],
  [/\bppl\b/gi, 'people'],
  [/\bmsgs?\b/gi, 'messages'],
  [/\bw\/o\b/gi, 'without'],
  [/\b(?:bc|b\/c|bcs|coz|cuz)\b/gi, 'because'],
  [/\bPRs?\b/g, 'pull requests'],
];

const displayWords = new Map([
  ['oneonone', 'one-on-ones'],
  ['oncall', 'on-call'],
]);

/** The word to show a person for a folded form, e.g. in a theme label. */
export function displayWord(lemma: string): string {
  return displayWords.get(lemma) ?? lemma;
}

/** Rewrites shorthand so it survives tokenization as one word; run before analysis. */
export function normalizeShorthand(text: string): string {
  return shorthands.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

const meaningfulParts = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'X']);

// A stop word that still tells topics apart: "I end up doing it myself" is about delegating.
const telling = new Set(['myself']);

export function isContentToken(token: AnalyzedToken): boolean {
  if (telling.has(token.normal)) return true;
  return (
    token.kind === 'word' &&
    !token.isStopWord &&
    meaningfulParts.has(token.pos) &&
    token.normal.length > 1 &&
    !genericWords.has(token.lemma)
  );
}

/** The comparable term for one token, e.g. "Delegating" → "deleg", "decisions" → "decide". */
export function termOf(token: AnalyzedToken): string {
  return derivedTerms.get(token.lemma) ?? token.stem.slice(0, termLength);
}

export function contentTokens(tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  return tokens.filter((token, index) => {
    const isQuantity = quantityWords.has(token.lemma) && tokens[index + 1]?.normal === 'of';
    return isContentToken(token) && !isQuantity;
  });
}

export function contentTerms(tokens: readonly AnalyzedToken[]): string[] {
  return contentTokens(tokens).map(termOf);
}

/** Content terms of a text, shorthand included. */
export function termsOfText(text: string, analysis: TextAnalysis): string[] {
  return contentTerms(analysis.analyze(normalizeShorthand(text)).tokens);
}
