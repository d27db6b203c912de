import type { AnalyzedToken, TextAnalysis } from '../text';
import { joinTokens } from '../text';
import { contentTokens, displayWord, normalizeShorthand, termOf } from '../text/public.models';
import {
  competencyEvidence,
  competencyFeatures,
  competencyLikelihoods,
  isKnownWord,
} from './competency.classifier';
import {
  type CompetencyIndex,
  phraseTerm,
  type RankableCompetency,
  wordLemmas,
} from './competency-index.models';
import { competencyIndexFor } from './competency-index-cache';

export type { RankableCompetency };

/** `matchedWords`: the leader's own words that the competency shares, as they wrote them, first seen first. */
export type CompetencyMatch = { key: string; score: number; matchedWords: string[] };

/**
 * How much the learned model counts against the words shared with each competency's text and
 * cues (each scaled to the best competency's, so both run from 0 to 1). Chosen on the held-out
 * statements (competency.held-out-data, competency-holdout: 220): the right competency was in
 * the first three for 206 of them at 0.65 (0.5: 203, 0.8: 208: a flat optimum, so the middle),
 * against 170 with the shared words alone and 199 with the model alone.
 */
export const modelShare = 0.65;

// A word carrying under a tenth of a match is one every competency shares ("team", "people"):
// true, but no reason to choose this one, so it is not shown as one.
const tellingShare = 0.1;

/**
 * Orders competencies by how closely their text, and the known symptom words and phrases for
 * them, matches a problem told in the leader's words (BM25 over lemmas), together with what a
 * model trained on labeled problem statements makes of the whole problem. Best first; a score
 * of 0 means nothing points to it, and ties keep the framework's order. The framework is analysed
 * once per version, so a call only reads the problem.
 */
export function rankCompetencies(
  text: string,
  competencies: readonly RankableCompetency[],
  analysis: TextAnalysis,
): CompetencyMatch[] {
  return rankWithIndex(text, competencyIndexFor(competencies, analysis), analysis);
}

function rankWithIndex(text: string, index: CompetencyIndex, analysis: TextAnalysis): CompetencyMatch[] {
  const analyzed = analysis.analyze(normalizeShorthand(text));
  const queryWords = wordsByTerm(analyzed.tokens, index);
  const features = competencyFeatures(analyzed);
  const shared = index.keys.map((_, position) => {
    const weights = index.weights[position] ?? new Map<string, number>();
    const contributions: Array<{ term: string; weight: number }> = [];
    for (const term of queryWords.keys()) {
      const weight = weights.get(term) ?? 0;
      if (weight > 0) contributions.push({ term, weight });
    }
    return { score: contributions.reduce((sum, { weight }) => sum + weight, 0), contributions };
  });
  const bestShared = Math.max(0, ...shared.map(({ score }) => score));
  const knownWords = new Set(
    contentTokens(analyzed.tokens)
      .map((token) => token.lemma.toLowerCase())
      .filter(isKnownWord),
  ).size;
  // One known word and nothing shared with any competency is too little to read a topic from.
  const likelihoods =
    bestShared > 0 || knownWords >= 2 ? competencyLikelihoods(features) : new Map<string, number>();
  const evidence = likelihoods.size > 0 ? competencyEvidence(features) : new Map<string, string[]>();

  const matches = index.keys.map((key, position) => {
    const { score: sharedScore, contributions } = shared[position] ?? { score: 0, contributions: [] };
    const fromWords = bestShared > 0 ? sharedScore / bestShared : 0;
    const fromModel = likelihoods.get(key) ?? 0;
    const score = (1 - modelShare) * fromWords + modelShare * fromModel;
    const sharedWords = contributions
      .filter(({ weight }) => weight >= sharedScore * tellingShare)
      .flatMap(({ term }) => queryWords.get(term) ?? []);
    const modelWords = fromModel >= tellingShare ? writtenAs(evidence.get(key) ?? [], analyzed.tokens) : [];
    const matchedWords = [...new Set([...sharedWords, ...modelWords])];
    return { key, score: Math.round(score * 1000) / 1000, matchedWords };
  });

  return matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .map(({ match }) => match);
}

// The model's reasons are few: past two or three, they stop explaining and start listing.
const maxModelWords = 2;

/** The model's strongest words for a competency, as the leader wrote them; content words only. */
function writtenAs(lemmas: readonly string[], tokens: readonly AnalyzedToken[]): string[] {
  const content = contentTokens(tokens);
  return lemmas
    .flatMap((lemma) => {
      const token = content.find((candidate) => candidate.lemma.toLowerCase() === lemma);
      return token ? [displayWord(token.normal)] : [];
    })
    .slice(0, maxModelWords);
}

/**
 * Each content term and cue phrase of the text with the distinct spellings that made it
 * ("deadline", "deadlines"; "let it go"), in the order written.
 */
function wordsByTerm(tokens: readonly AnalyzedToken[], index: CompetencyIndex): Map<string, string[]> {
  const words = new Map<string, string[]>();
  const note = (term: string, word: string) => {
    const spelled = words.get(term) ?? [];
    if (!spelled.includes(word)) spelled.push(word);
    words.set(term, spelled);
  };
  for (const token of contentTokens(tokens)) note(termOf(token), displayWord(token.normal));
  const sequence = wordLemmas(tokens);
  sequence.forEach((token, start) => {
    for (const phrase of index.phrasesByFirstLemma.get(token.lemma) ?? []) {
      const span = sequence.slice(start, start + phrase.length);
      if (span.length === phrase.length && span.every((word, at) => word.lemma === phrase[at])) {
        note(phraseTerm(phrase), joinTokens(span).toLowerCase());
      }
    }
  });
  return words;
}
