import type { AnalyzedText, AnalyzedToken } from '../text';
import { featuresOfAnalysis } from '../text';
import { hasFutureRequest } from './feedforward-signals.models';

/**
 * What the suggestion classifier sees: the words (text-features.ts), plus the mood of the whole
 * suggestion. A suggestion that asks for nothing ahead (no "could you", "next time", no
 * imperative) is rarely future-focused, whatever its words; praise that asks for nothing is often
 * sarcasm ("Great job changing priorities again, really helpful"), and a question that asks for
 * nothing is often rhetorical ("how hard is it to send an agenda?"). These say so in words no list
 * has to hold, so the model learns how much they count.
 */
export function suggestionFeatures(analyzed: AnalyzedText): string[] {
  const features = featuresOfAnalysis(analyzed);
  // Nothing written yet asks for nothing, but is no judgment either.
  if (!analyzed.tokens.some((token) => token.kind === 'word')) return features;
  if (analyzed.sentences.some(({ tokens }) => hasFutureRequest(tokens) || isImperative(tokens))) {
    return features;
  }
  const mood = ['<asks nothing>'];
  if (features.includes('<positive tone>')) mood.push('<praise asking nothing>');
  if (features.includes('?')) mood.push('<question asking nothing>');
  return [...features, ...mood];
}

// Words a sentence may open with before its verb: "please share…", "so maybe…", "and keep…".
const leadIns = new Set(['please', 'pls', 'plz', 'so', 'and', 'also', 'just', 'then']);
// Verbs whose bare form opens a statement, not a request: "love how…", "guess we…".
const statingVerbs = new Set(['love', 'thank', 'guess', 'wonder']);
const proposals = /^(?:why not|why do not we|why don't we|let 's|lets|do not|don't)\b/;

/** "Block time for reviews", "why not rotate the demo?", "don't skip the retro": asks, in its form. */
function isImperative(tokens: readonly AnalyzedToken[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word');
  const start = leadIns.has(words[0]?.normal ?? '') ? 1 : 0;
  const first = words[start];
  if (!first) return false;
  const opening = words
    .slice(start, start + 3)
    .map((token) => token.normal)
    .join(' ');
  if (proposals.test(opening)) return true;
  return (
    first.pos === 'VERB' && first.normal === first.lemma.toLowerCase() && !statingVerbs.has(first.normal)
  );
}
