import type { AnalyzedSentence, TextAnalysis } from '../text';
import {
  futureOddsThreshold,
  lookingBackVeto,
  suggestionEvidence,
  suggestionOdds,
} from './feedforward-hints.classifier';
import { suggestionFeatures } from './feedforward-hints.features';
import { backwardRewrite, judgmentRewrite } from './feedforward-rewrites.models';
import { backwardSignal, judgmentSignal, type Signal } from './feedforward-signals.models';

export type FeedforwardHintKind = 'backward-looking' | 'judgmental';

export type FeedforwardHint = {
  kind: FeedforwardHintKind;
  /** Why the suggestion may not land, in one friendly sentence. */
  message: string;
  /** A future-focused phrasing to try, built from the stakeholder's words when possible. */
  suggestion: string;
};

const judgmentMessage =
  'may read as a judgment of the person, which is hard to act on. Describing a behavior you would like to see works better.';

const messages: Record<FeedforwardHintKind, string> = {
  'backward-looking':
    'This looks back at something that already happened. Suggestions help most when they say what to do from now on.',
  judgmental: `This ${judgmentMessage}`,
};

const fallbackSuggestions: Record<FeedforwardHintKind, string> = {
  'backward-looking':
    'Try describing what you would like to happen from now on, starting with "In the future, could you\u2026".',
  judgmental:
    'Try naming one thing you would like to see instead, starting with "In the future, could you\u2026".',
};

/**
 * The feedforward coach a stakeholder sees while typing: null when the suggestion already
 * looks ahead, otherwise a hint and a future-focused phrasing to try. A classifier trained on
 * labeled suggestions decides, so judgments in words no list holds ("control freak", sarcasm,
 * rhetorical questions) are noticed too; the word rules add what they catch and, above all,
 * find the words to quote and turn around. Judging comes first because it is what most often
 * makes a suggestion hurt rather than help.
 */
export function feedforwardHint(text: string, analysis: TextAnalysis): FeedforwardHint | null {
  const analyzed = analysis.analyze(text);
  const { sentences } = analyzed;
  const judgment = judgmentSignal(sentences);
  if (judgment) return judgmentHint(judgment);
  const backward = backwardSignal(sentences);

  const features = suggestionFeatures(analyzed);
  const odds = suggestionOdds(features);
  const flagged = odds['future-focused'] < futureOddsThreshold && wordCount(sentences) >= fewestWordsToJudge;
  if (flagged && odds.judgmental > odds['backward-looking']) {
    const signal = learnedSignal(sentences, suggestionEvidence(features, 'judgmental'));
    return signal ? judgmentHint(signal) : hint('judgmental', null);
  }
  if (backward && odds['future-focused'] < lookingBackVeto) {
    return hint('backward-looking', backwardRewrite(backward));
  }
  return flagged ? hint('backward-looking', null) : null;
}

// "ok", "n/a" or a pasted token asks for nothing, which is what the model reads as sarcasm: too
// few words for it to judge, so only the word rules speak on them.
const fewestWordsToJudge = 3;

function wordCount(sentences: readonly AnalyzedSentence[]): number {
  return sentences.reduce(
    (count, sentence) => count + sentence.tokens.filter((token) => token.pos !== 'PUNCT').length,
    0,
  );
}

// A judgment lives in what is said of the person ("controlling", "favourites", "care"), not in
// "honestly" or "even", which the model also learns from.
const quotableParts = new Set(['ADJ', 'NOUN', 'VERB']);

/**
 * Where the word the model found most judging sits in the text, so the rewrite can start from
 * it as it does from a rule's find. Only single words qualify: they are what a person wrote.
 */
function learnedSignal(sentences: readonly AnalyzedSentence[], evidence: readonly string[]): Signal | null {
  for (const feature of evidence) {
    // "you don't *care*": the negated word is still the one to quote and turn around.
    const word = feature.replace(/^not-/, '');
    if (!/^[a-z][a-z-]*$/.test(word)) continue;
    for (const sentence of sentences) {
      const at = sentence.tokens.findIndex(
        (token) => token.lemma.toLowerCase() === word && !token.isStopWord && quotableParts.has(token.pos),
      );
      if (at >= 0) return { sentence, at, cue: word };
    }
  }
  return null;
}

/** Quotes the judging word as it was written, so the writer sees what may land as a judgment. */
function judgmentHint(signal: Signal): FeedforwardHint {
  const [word, next] = signal.sentence.tokens.slice(signal.at, signal.at + 2);
  // "control freak", "worst manager": a label is often the word and the noun it describes.
  const label = word && next?.pos === 'NOUN' && ['ADJ', 'NOUN'].includes(word.pos) ? [word, next] : [word];
  const written = label.map((token) => token?.text ?? signal.cue).join(' ');
  return hint('judgmental', judgmentRewrite(signal), `"${written}" ${judgmentMessage}`);
}

function hint(kind: FeedforwardHintKind, rewrite: string | null, message = messages[kind]): FeedforwardHint {
  return {
    kind,
    message,
    suggestion: rewrite ? `Try: "${rewrite}"` : fallbackSuggestions[kind],
  };
}
