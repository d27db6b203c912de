import { contentTokens, displayWord, normalizeShorthand, termOf, termsOfText } from '../text/terms.models';
import type { TextAnalysis } from '../text/text-analysis';
import { type Clusterable, clusterByAverageCosine, tfidfVectors } from './theme-clustering.models';
import { suggestionFillerWords, themeConcepts } from './theme-vocabulary';

export type Theme = { label: string; suggestions: string[] };

export type ThemeOptions = {
  /** At most this many themes; the smallest are folded into "Other suggestions". Default 5. */
  maxThemes?: number;
  /** How alike (average cosine, 0..1) two groups must be to merge. Default 0.2. */
  minSimilarity?: number;
};

const otherLabel = 'Other suggestions';
const soleLabel = 'Suggestions';
// A shared concept is the strongest sign two short suggestions are about the same thing;
// at weight 1 it drowns among the half-dozen other words of each suggestion.
const conceptWeight = 3;
const conceptPrefix = 'concept:';

type Suggestion = Clusterable & DocumentTerms;
type DocumentTerms = {
  terms: Map<string, number>;
  displayOfTerm: Map<string, string>;
  nameLike: Set<string>;
};
type Vocabulary = { conceptOfTerm: Map<string, string>; filler: Set<string> };

/**
 * Groups free-text feedforward into a few themes, offline and deterministically: TF-IDF over
 * folded words and topic concepts, merged bottom-up while groups stay alike. Themes come
 * largest first and lone suggestions last, under "Other suggestions"; within a theme the
 * suggestions keep the order they were given in, so a caller's shuffle is preserved.
 */
export function groupIntoThemes(
  suggestions: readonly string[],
  analysis: TextAnalysis,
  options: ThemeOptions = {},
): Theme[] {
  const maxThemes = Math.max(1, options.maxThemes ?? 5);
  const texts = suggestions.map((text) => text.trim()).filter((text) => text.length > 0);
  const vocabulary = themeVocabulary(analysis);
  const documents = texts.map((text) => documentTerms(text, analysis, vocabulary));
  const vectors = tfidfVectors(documents.map((document) => document.terms));
  const items: Suggestion[] = documents.map((document, index) => ({
    ...document,
    text: texts[index] ?? '',
    vector: vectors[index] ?? new Map(),
  }));
  if (items.length <= 1)
    return items.map((item) => ({ label: labelOf([item]) ?? soleLabel, suggestions: [item.text] }));

  const clusters = clusterByAverageCosine(items, options.minSimilarity ?? 0.2);
  // A group of one is not a theme.
  const themes = clusters
    .filter((cluster) => cluster.length > 1)
    .map((cluster) => ({
      label: labelOf(cluster) ?? otherLabel,
      suggestions: cluster.map((item) => item.text),
    }))
    .sort((a, b) => b.suggestions.length - a.suggestions.length || a.label.localeCompare(b.label));

  const hasLoneSuggestions = clusters.some((cluster) => cluster.length === 1);
  const fitsAll = themes.length + (hasLoneSuggestions ? 1 : 0) <= maxThemes;
  const kept = fitsAll ? themes : themes.slice(0, maxThemes - 1);
  const grouped = new Set(kept.flatMap((theme) => theme.suggestions));
  const rest = texts.filter((text) => !grouped.has(text));
  return rest.length === 0
    ? kept
    : [...kept, { label: kept.length > 0 ? otherLabel : soleLabel, suggestions: rest }];
}

function themeVocabulary(analysis: TextAnalysis): Vocabulary {
  const conceptOfTerm = new Map<string, string>();
  for (const concept of themeConcepts) {
    for (const term of termsOfText(concept.words, analysis)) conceptOfTerm.set(term, concept.label);
  }
  return { conceptOfTerm, filler: new Set(termsOfText(suggestionFillerWords, analysis)) };
}

function documentTerms(text: string, analysis: TextAnalysis, vocabulary: Vocabulary): DocumentTerms {
  const document: DocumentTerms = { terms: new Map(), displayOfTerm: new Map(), nameLike: new Set() };
  const add = (term: string, weight: number, display: string, isName: boolean) => {
    document.terms.set(term, (document.terms.get(term) ?? 0) + weight);
    if (!document.displayOfTerm.has(term)) document.displayOfTerm.set(term, display);
    if (isName) document.nameLike.add(term);
  };
  for (const token of contentTokens(analysis.analyze(normalizeShorthand(text)).tokens)) {
    const term = termOf(token);
    if (vocabulary.filler.has(term)) continue;
    const concept = vocabulary.conceptOfTerm.get(term);
    // A concept's own words are left to the concept, so a label never says "decisions and decide".
    if (concept) add(conceptPrefix + concept, conceptWeight, concept, true);
    else add(term, 1, displayWord(token.normal), token.pos === 'NOUN' || token.pos === 'PROPN');
  }
  return document;
}

type LabelCandidate = { term: string; count: number; weight: number; display: string; isName: boolean };

/** The words most of the group shares, in plain words: "Meetings, agenda and notes". */
function labelOf(cluster: readonly Suggestion[]): string | null {
  const candidates = new Map<string, LabelCandidate>();
  for (const item of cluster) {
    for (const [term, weight] of item.vector) {
      const seen = candidates.get(term);
      candidates.set(term, {
        term,
        count: (seen?.count ?? 0) + 1,
        weight: (seen?.weight ?? 0) + weight,
        display: seen?.display ?? item.displayOfTerm.get(term) ?? term,
        isName: (seen?.isName ?? false) || item.nameLike.has(term),
      });
    }
  }
  const ranked = [...candidates.values()].sort(
    (a, b) => b.count - a.count || b.weight - a.weight || a.term.localeCompare(b.term),
  );
  // A label word must be shared by most of the group, not just by a pair within it; groups
  // are joined pairwise, so when no word is, the strongest one stands in.
  const minimumCount = cluster.length === 1 ? 1 : Math.max(2, Math.floor(cluster.length / 2) + 1);
  const majority = ranked.filter((candidate) => candidate.count >= minimumCount);
  // Topics read best as names of things ("agenda", "recognition"), so verbs are a last resort.
  const named = majority.filter((candidate) => candidate.isName);
  const chosen = named.length > 0 ? named : majority.length > 0 ? majority : ranked.slice(0, 1);
  const words = [...new Set(chosen.map((candidate) => candidate.display))].slice(0, 3);
  if (words.length === 0) return null;
  const last = words.pop() ?? '';
  const phrase = words.length > 0 ? `${words.join(', ')} and ${last}` : last;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
