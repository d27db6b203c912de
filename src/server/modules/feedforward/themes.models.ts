import type { AnalyzedToken, TextAnalysis } from '../text';
import { contentTokens, displayWord, normalizeShorthand, termOf } from '../text/public.models';

/** An idea several suggestions share: a phrase as one of them wrote it, and every suggestion that has it. */
export type Theme = { label: string; suggestions: string[] };

export type ThemeOptions = {
  /** At most this many themes, the most shared first. Default 5. */
  maxThemes?: number;
};

// Words on their own say which part of work a suggestion is about, not what it proposes:
// "team" and "meetings" shared by three people is not an idea. A pair of them is no idea either.
const broadWords = new Set(
  'people team everyone anyone someone time work meeting day week month project manager thing need help ask tell say give take make do have'.split(
    ' ',
  ),
);

// Content words this far apart in a phrase still belong together: "keep *standups* short",
// "*quieter* people can *speak*". Further apart they are usually two thoughts.
const pairReach = 2;

// A phrase ends at punctuation and at words that join clauses ("…meetings and ask…").
const phraseBreaks = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

type Occurrence = { key: string; suggestion: number; tokens: AnalyzedToken[]; start: number; end: number };
type Idea = { key: string; terms: [string, string]; suggestions: Set<number>; occurrences: Occurrence[] };

/**
 * Finds the ideas several suggestions share, offline and deterministically. An idea is two
 * content words close together in one phrase, compared by word family, so "shorter standups"
 * and "keep standups short" are one idea. It is counted once per suggestion that has it, and
 * becomes a theme only when at least two suggestions (more in a large round) share it. Ideas
 * held by the same suggestions and sharing a word are one theme ("quieter people" + "people can
 * speak"). A round where everyone wrote about something else has no themes.
 *
 * Suggestions come per question, and each person answers a question once; one person's two
 * suggestions are not a shared idea, so a theme needs two suggestions to one question.
 */
export function groupIntoThemes(
  suggestionsByQuestion: readonly (readonly string[])[],
  analysis: TextAnalysis,
  options: ThemeOptions = {},
): Theme[] {
  const maxThemes = Math.max(1, options.maxThemes ?? 5);
  const written = suggestionsByQuestion.flatMap((answers, question) =>
    answers.map((text) => ({ text: text.trim(), question })).filter(({ text }) => text.length > 0),
  );
  const texts = written.map(({ text }) => text);
  const minimumShared = Math.max(2, Math.ceil(texts.length / 10));
  const sharedBySeveralPeople = (idea: Idea) => {
    const questions = [...idea.suggestions].map((index) => written[index]?.question);
    return questions.some((question, at) => questions.indexOf(question) !== at);
  };
  const ideas = new Map<string, Idea>();
  texts.forEach((text, suggestion) => {
    for (const phrase of phrasesOf(
      analysis.analyze(lowercaseSentenceStarts(normalizeShorthand(text))).tokens,
    )) {
      collectPairs(phrase, suggestion, ideas);
    }
  });
  const shared = [...ideas.values()]
    .filter((idea) => idea.suggestions.size >= minimumShared && sharedBySeveralPeople(idea))
    .sort((a, b) => b.suggestions.size - a.suggestions.size || a.key.localeCompare(b.key));

  const groups: Idea[][] = [];
  for (const idea of shared) {
    const related = groups.find(
      (group) =>
        group.some((other) => sharesTerm(idea, other)) && isSubset(idea.suggestions, suggestionsOf(group)),
    );
    if (!related) groups.push([idea]);
    // Same suggestions: another piece of the same phrase. Fewer: a narrower echo of it, left out.
    else if (idea.suggestions.size === suggestionsOf(related).size) related.push(idea);
  }
  return groups.slice(0, maxThemes).map((group) => ({
    label: labelOf(group),
    suggestions: [...suggestionsOf(group)].sort((a, b) => a - b).map((index) => texts[index] ?? ''),
  }));
}

/**
 * The model reads a capitalized first word as a name and does not fold it ("Shorter standups"
 * would not match "shorter standups"). Acronyms ("OKRs") and "I" keep their capitals.
 */
function lowercaseSentenceStarts(text: string): string {
  return text.replace(
    /(^|[.!?]\s+)(\p{Lu})(?=\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toLowerCase(),
  );
}

/** Tokens of each phrase, in order. */
function phrasesOf(tokens: readonly AnalyzedToken[]): AnalyzedToken[][] {
  const phrases: AnalyzedToken[][] = [[]];
  for (const token of tokens) {
    if (phraseBreaks.has(token.pos) || token.startsSentence) phrases.push([]);
    phrases.at(-1)?.push(token);
  }
  return phrases.filter((phrase) => phrase.length > 0);
}

function collectPairs(phrase: AnalyzedToken[], suggestion: number, ideas: Map<string, Idea>) {
  const content = contentTokens(phrase).filter((token) => !token.isNegated);
  content.forEach((first, index) => {
    for (const second of content.slice(index + 1, index + 1 + pairReach)) {
      const terms = [termOf(first), termOf(second)].sort() as [string, string];
      if (terms[0] === terms[1] || (broadWords.has(first.lemma) && broadWords.has(second.lemma))) continue;
      const key = terms.join(' ');
      const idea = ideas.get(key) ?? { key, terms, suggestions: new Set(), occurrences: [] };
      idea.suggestions.add(suggestion);
      idea.occurrences.push({
        key,
        suggestion,
        tokens: phrase,
        start: phrase.indexOf(first),
        end: phrase.indexOf(second),
      });
      ideas.set(key, idea);
    }
  });
}

// Every idea of a group is held by the same suggestions.
const suggestionsOf = (group: readonly Idea[]): Set<number> => group[0]?.suggestions ?? new Set();

const sharesTerm = (a: Idea, b: Idea) => a.terms.some((term) => b.terms.includes(term));

const isSubset = (a: Set<number>, b: Set<number>) => [...a].every((item) => b.has(item));

/**
 * A stretch of one suggestion that holds the group's words, as written: the most readable name
 * for the idea. The stretch holding most of the group's word pairs wins, then the wording most
 * suggestions used, then the shortest, then the first alphabetically.
 */
function labelOf(group: readonly Idea[]): string {
  const candidates: { text: string; covers: number }[] = [];
  for (const suggestion of suggestionsOf(group)) {
    const spans = group.flatMap((idea) => idea.occurrences.filter((o) => o.suggestion === suggestion));
    const byPhrase = new Map<AnalyzedToken[], Occurrence[]>();
    for (const span of spans) byPhrase.set(span.tokens, [...(byPhrase.get(span.tokens) ?? []), span]);
    for (const [tokens, within] of byPhrase) {
      const start = Math.min(...within.map((span) => span.start));
      const end = Math.max(...within.map((span) => span.end));
      candidates.push({
        text: writtenSpan(tokens.slice(start, end + 1)),
        covers: new Set(within.map((span) => span.key)).size,
      });
    }
  }
  const counts = new Map<string, number>();
  const countOf = (text: string) => counts.get(text.toLowerCase()) ?? 0;
  for (const { text } of candidates) counts.set(text.toLowerCase(), countOf(text) + 1);
  const [best] = candidates.sort(
    (a, b) =>
      b.covers - a.covers ||
      countOf(b.text) - countOf(a.text) ||
      a.text.length - b.text.length ||
      a.text.localeCompare(b.text),
  );
  return best?.text ?? '';
}

/** Tokens put back together as typed, on one line, with shorthand shown the way people write it. */
function writtenSpan(tokens: readonly AnalyzedToken[]): string {
  return tokens
    .map((token, index) => {
      const shown = displayWord(token.normal) === token.normal ? token.text : displayWord(token.normal);
      return index === 0 ? shown : token.spaceBefore + shown;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
