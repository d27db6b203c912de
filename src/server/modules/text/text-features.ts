// The model package's Porter stemmer alone: importing the package itself would load the whole
// English model into every process that checks a commitment.
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import type { AnalyzedText, AnalyzedToken } from './analyzed-text';

/**
 * What the learned classifiers see of a text: each word in its dictionary form, words inside a
 * negation marked ("don't *listen*" → "not-listen"), pairs of neighbouring words (so "you never"
 * differs from "never again"), the start and end of each sentence, past-tense verbs with the
 * word before them ("you ‹past›"), and the tone. Typos and unseen words simply add nothing.
 */

const sentenceStart = '^';
const sentenceEnd = '$';

export type FeatureWord = { word: string; past: boolean };

export function featuresOfSentences(sentences: readonly (readonly FeatureWord[])[]): string[] {
  const features: string[] = [];
  for (const words of sentences) {
    if (words.length === 0) continue;
    let previous = sentenceStart;
    for (const { word, past } of words) {
      features.push(word, `${previous} ${word}`);
      if (past) features.push('<past>', `${previous} <past>`);
      previous = word;
    }
    features.push(`${previous} ${sentenceEnd}`);
  }
  return features;
}

// wink's sentiment is near zero for most workplace text; only a clear lean says something.
const toneThreshold = 0.2;

export function featuresOfAnalysis(analyzed: AnalyzedText): string[] {
  const features = featuresOfSentences(
    analyzed.sentences.map((sentence) => sentence.tokens.flatMap(featureWord)),
  );
  if (analyzed.sentiment <= -toneThreshold) features.push('<negative tone>');
  if (analyzed.sentiment >= toneThreshold) features.push('<positive tone>');
  return features;
}

const presentForms = new Set(['are', 'am', 'is', 'has', 'have', 'does', 'do']);

function featureWord(token: AnalyzedToken): FeatureWord[] {
  if (token.kind === 'punctuation') return token.text === '?' ? [{ word: '?', past: false }] : [];
  if (token.kind !== 'word' && token.kind !== 'number') return [];
  const base = token.kind === 'number' ? '<number>' : token.lemma.toLowerCase();
  const negated = token.isNegated && token.normal !== 'not';
  return [{ word: negated ? `not-${base}` : base, past: isPastVerb(token) }];
}

function isPastVerb(token: AnalyzedToken): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  if (presentForms.has(token.normal) || token.normal === token.lemma) return false;
  // "was" is the one past form ending in -s; other -s and -ing forms are present.
  return token.normal === 'was' || !/(?:s|ing)$/.test(token.normal);
}

const contractions: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
];
const negators = new Set(['not', 'never', 'no', 'without']);

/**
 * Words of plain text without wink (commitments are checked synchronously wherever they are
 * shown): lower case, contractions spelled out, Porter stems, and negation marked up to the
 * end of the clause.
 */
export function plainSentences(text: string): FeatureWord[][] {
  let lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  for (const [pattern, replacement] of contractions) lower = lower.replace(pattern, replacement);
  return lower.split(/[.!;:\n]+|,\s/).map((clause) => {
    let negated = false;
    return (clause.match(/[a-z0-9]+|\?/g) ?? []).map((raw) => {
      const word = /^\d+$/.test(raw) ? '<number>' : stem(raw);
      const feature = { word: negated ? `not-${word}` : word, past: false };
      if (negators.has(raw)) negated = true;
      return feature;
    });
  });
}

/**
 * The words of plain text as written, each with the form the features use, so a feature the
 * model weighs ("daili report") can be quoted back as the person typed it ("daily report").
 */
export function writtenWords(text: string): Array<{ written: string; word: string }> {
  return (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).map((written) => {
    const lower = written.toLowerCase().replace(/[’]/g, "'");
    return { written, word: /^\d+$/.test(lower) ? '<number>' : stem(lower.replace(/'s$/, '')) };
  });
}

/** The first feature, strongest first, that is a word or pair of words in `text`, as written there. */
export function quotedFeature(text: string, features: readonly string[]): string | null {
  const words = writtenWords(text);
  for (const feature of features) {
    const parts = feature.split(' ');
    if (parts.length > 2 || parts.some((part) => !/^[a-z0-9']+$/.test(part))) continue;
    const at = words.findIndex((_, index) =>
      parts.every((part, offset) => words[index + offset]?.word === part),
    );
    if (at >= 0)
      return words
        .slice(at, at + parts.length)
        .map(({ written }) => written)
        .join(' ');
  }
  return null;
}
