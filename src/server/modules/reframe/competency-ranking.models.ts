import { contentTokens, displayWord, normalizeShorthand, termOf } from '../text/terms.models';
import { type AnalyzedToken, joinTokens, type TextAnalysis } from '../text/text-analysis';
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

// A word carrying under a tenth of a match is one every competency shares ("team", "people"):
// true, but no reason to choose this one, so it is not shown as one.
const tellingShare = 0.1;

/**
 * Orders competencies by how closely their text, and the known symptom words and phrases for
 * them, matches a problem told in the leader's words (BM25 over lemmas). Best first; a score
 * of 0 means nothing shared, and ties keep the framework's order. The framework is analysed
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
  const tokens = analysis.analyze(normalizeShorthand(text)).tokens;
  const queryWords = wordsByTerm(tokens, index);

  const matches = index.keys.map((key, position) => {
    const weights = index.weights[position] ?? new Map<string, number>();
    let score = 0;
    const contributions: Array<{ term: string; weight: number }> = [];
    for (const term of queryWords.keys()) {
      const weight = weights.get(term) ?? 0;
      if (weight === 0) continue;
      contributions.push({ term, weight });
      score += weight;
    }
    const matchedWords = [
      ...new Set(
        contributions
          .filter(({ weight }) => weight >= score * tellingShare)
          .flatMap(({ term }) => queryWords.get(term) ?? []),
      ),
    ];
    return { key, score: Math.round(score * 1000) / 1000, matchedWords };
  });

  return matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .map(({ match }) => match);
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
