import type { Competency } from '../../../shared/framework';
import type { AnalyzedToken, TextAnalysis } from '../text';
import { termsOfText } from '../text/public.models';
import { type CompetencyCue, competencyCues } from './competency-cues';

export type RankableCompetency = Pick<
  Competency,
  'key' | 'name' | 'description' | 'whyItMatters' | 'reflectionPrompts' | 'behaviors'
>;

export type TermCounts = Map<string, number>;

/**
 * A framework's competencies analysed once for matching: BM25 term weights per competency and
 * the cue phrases to look for. Building it runs the language model over every competency's text,
 * which costs far more than reading one problem, so it is built once per framework version.
 */
export type CompetencyIndex = {
  keys: string[];
  /** Per competency: BM25 weight of each term it contains, before the query's own counts. */
  weights: Map<string, number>[];
  /** Cue phrases by their first lemma: "let go" is found by looking up "let". */
  phrasesByFirstLemma: Map<string, string[][]>;
};

// The name and description say what a competency is about; the rest adds useful vocabulary
// but also words that every competency shares. Cues count double because they are written
// in the words people use for problems, which is what the text being matched is. A phrase is
// rarer and surer than a word, so it counts more again.
const fieldWeights = {
  name: 3,
  description: 2,
  whyItMatters: 1,
  reflectionPrompts: 1,
  behaviors: 1,
  cueWords: 2,
  cuePhrases: 3,
};

// Standard BM25 settings.
const saturation = 1.2;
const lengthNormalization = 0.75;

const phrasePrefix = 'phrase:';

/** The term standing for a cue phrase, from its words' lemmas. */
export function phraseTerm(lemmas: readonly string[]): string {
  return phrasePrefix + lemmas.join(' ');
}

/** The lemmas of a text's words, in order; what cue phrases are matched against. */
export function wordLemmas(tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  return tokens.filter((token) => token.kind === 'word' && token.normal !== "'s");
}

export function buildCompetencyIndex(
  competencies: readonly RankableCompetency[],
  analysis: TextAnalysis,
): CompetencyIndex {
  const phrasesByFirstLemma = new Map<string, string[][]>();
  const documents = competencies.map((competency) => {
    const counts: TermCounts = new Map();
    const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
    const addText = (fieldText: string, weight: number) => {
      for (const term of termsOfText(fieldText, analysis)) add(term, weight);
    };
    addText(competency.name, fieldWeights.name);
    addText(competency.description, fieldWeights.description);
    addText(competency.whyItMatters, fieldWeights.whyItMatters);
    addText(competency.reflectionPrompts.join('\n'), fieldWeights.reflectionPrompts);
    addText(competency.behaviors.map((behavior) => behavior.text).join('\n'), fieldWeights.behaviors);
    const cue = cueOf(competency.key);
    if (cue) {
      addText(cue.words, fieldWeights.cueWords);
      for (const phrase of cue.phrases) {
        const lemmas = wordLemmas(analysis.analyze(phrase).tokens).map((token) => token.lemma);
        const [first] = lemmas;
        if (!first || lemmas.length < 2) continue;
        const known = phrasesByFirstLemma.get(first) ?? [];
        if (!known.some((other) => other.join(' ') === lemmas.join(' '))) known.push(lemmas);
        phrasesByFirstLemma.set(first, known);
        add(phraseTerm(lemmas), fieldWeights.cuePhrases);
      }
    }
    return counts;
  });

  const averageLength = average(documents.map(lengthOf));
  const weights = documents.map((document) => {
    const lengthRatio = averageLength > 0 ? lengthOf(document) / averageLength : 1;
    const damping = saturation * (1 - lengthNormalization + lengthNormalization * lengthRatio);
    const termWeights = new Map<string, number>();
    for (const [term, frequency] of document) {
      const idf = inverseDocumentFrequency(term, documents);
      termWeights.set(term, idf * ((frequency * (saturation + 1)) / (frequency + damping)));
    }
    return termWeights;
  });
  return { keys: competencies.map((competency) => competency.key), weights, phrasesByFirstLemma };
}

// Own keys only: a framework may well use a key like "constructor".
function cueOf(key: string): CompetencyCue | undefined {
  return Object.hasOwn(competencyCues, key) ? competencyCues[key] : undefined;
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
