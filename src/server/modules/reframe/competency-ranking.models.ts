import type { Competency } from '../../../shared/framework';
import { contentTokens, displayWord, normalizeShorthand, termOf, termsOfText } from '../text/terms.models';
import type { TextAnalysis } from '../text/text-analysis';
import { competencyCues } from './competency-cues';

/** `matchedWords`: the leader's own words that the competency shares, as they wrote them, first seen first. */
export type CompetencyMatch = { key: string; score: number; matchedWords: string[] };

export type RankableCompetency = Pick<
  Competency,
  'key' | 'name' | 'description' | 'whyItMatters' | 'reflectionPrompts' | 'behaviors'
>;

// The name and description say what a competency is about; the rest adds useful vocabulary
// but also words that every competency shares. Cues count double because they are written
// in the words people use for problems, which is what the text being matched is.
const fieldWeights = {
  name: 3,
  description: 2,
  whyItMatters: 1,
  reflectionPrompts: 1,
  behaviors: 1,
  cues: 2,
};

// Standard BM25 settings; with a dozen documents of similar length they barely matter.
const saturation = 1.2;
const lengthNormalization = 0.75;

// A word carrying under a tenth of a match is one every competency shares ("team", "people"):
// true, but no reason to choose this one, so it is not shown as one.
const tellingShare = 0.1;

type TermCounts = Map<string, number>;

/**
 * Orders competencies by how closely their text, and the known symptom words for them,
 * matches a problem told in the leader's words. Best first; a score of 0 means no shared
 * words, and ties keep the framework's order.
 */
export function rankCompetencies(
  text: string,
  competencies: readonly RankableCompetency[],
  analysis: TextAnalysis,
): CompetencyMatch[] {
  const documents = competencies.map((competency) => termCountsOf(competency, analysis));
  const queryWords = wordsByTerm(text, analysis);
  const queryTerms = new Set(queryWords.keys());
  const averageLength = average(documents.map(lengthOf));

  const matches = competencies.map((competency, index) => {
    const document = documents[index] ?? new Map();
    let score = 0;
    const contributions: Array<{ term: string; weight: number }> = [];
    for (const term of queryTerms) {
      const frequency = document.get(term) ?? 0;
      if (frequency === 0) continue;
      const lengthRatio = averageLength > 0 ? lengthOf(document) / averageLength : 1;
      const damping = saturation * (1 - lengthNormalization + lengthNormalization * lengthRatio);
      const weight =
        inverseDocumentFrequency(term, documents) * ((frequency * (saturation + 1)) / (frequency + damping));
      contributions.push({ term, weight });
      score += weight;
    }
    const matchedWords = contributions
      .filter(({ weight }) => weight >= score * tellingShare)
      .flatMap(({ term }) => queryWords.get(term) ?? []);
    return { key: competency.key, score: Math.round(score * 1000) / 1000, matchedWords };
  });

  return matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => b.match.score - a.match.score || a.order - b.order)
    .map(({ match }) => match);
}

/** Each content term of the text with the distinct words that spelled it ("deadline", "deadlines"). */
function wordsByTerm(text: string, analysis: TextAnalysis): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const token of contentTokens(analysis.analyze(normalizeShorthand(text)).tokens)) {
    const term = termOf(token);
    const spelled = words.get(term) ?? [];
    const word = displayWord(token.normal);
    if (!spelled.includes(word)) spelled.push(word);
    words.set(term, spelled);
  }
  return words;
}

function termCountsOf(competency: RankableCompetency, analysis: TextAnalysis): TermCounts {
  const counts: TermCounts = new Map();
  const add = (fieldText: string, weight: number) => {
    for (const term of termsOfText(fieldText, analysis)) {
      counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(competency.name, fieldWeights.name);
  add(competency.description, fieldWeights.description);
  add(competency.whyItMatters, fieldWeights.whyItMatters);
  add(competency.reflectionPrompts.join('\n'), fieldWeights.reflectionPrompts);
  add(competency.behaviors.map((behavior) => behavior.text).join('\n'), fieldWeights.behaviors);
  // Own keys only: a framework may well use a key like "constructor".
  add(
    Object.hasOwn(competencyCues, competency.key) ? (competencyCues[competency.key] ?? '') : '',
    fieldWeights.cues,
  );
  return counts;
}

function inverseDocumentFrequency(term: string, documents: readonly TermCounts[]): number {
  const containing = documents.filter((document) => document.has(term)).length;
  return Math.log(1 + (documents.length - containing + 0.5) / (containing + 0.5));
}

function lengthOf(document: TermCounts): number {
  let total = 0;
  for (const count of document.values()) total += count;
  return total;
}

function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
