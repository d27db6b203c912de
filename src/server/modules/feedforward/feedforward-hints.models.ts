import type { TextAnalysis } from '../text/text-analysis';
import { backwardRewrite, judgmentRewrite } from './feedforward-rewrites.models';
import { backwardSignal, judgmentSignal } from './feedforward-signals.models';

export type FeedforwardHintKind = 'backward-looking' | 'judgmental';

export type FeedforwardHint = {
  kind: FeedforwardHintKind;
  /** Why the suggestion may not land, in one friendly sentence. */
  message: string;
  /** A future-focused phrasing to try, built from the stakeholder's words when possible. */
  suggestion: string;
};

const messages: Record<FeedforwardHintKind, string> = {
  'backward-looking':
    'This looks back at something that already happened. Suggestions help most when they say what to do from now on.',
  judgmental:
    'This may read as a judgment of the person, which is hard to act on. Describing a behavior you would like to see works better.',
};

const fallbackSuggestions: Record<FeedforwardHintKind, string> = {
  'backward-looking':
    'Try describing what you would like to happen from now on, starting with "In the future, could you\u2026".',
  judgmental:
    'Try naming one thing you would like to see instead, starting with "In the future, could you\u2026".',
};

/**
 * The feedforward coach a stakeholder sees while typing: null when the suggestion already
 * looks ahead, otherwise a hint and a future-focused phrasing to try. Judging comes first
 * because it is what most often makes a suggestion hurt rather than help.
 */
export function feedforwardHint(text: string, analysis: TextAnalysis): FeedforwardHint | null {
  const { sentences } = analysis.analyze(text);

  const judgment = judgmentSignal(sentences);
  if (judgment) return hint('judgmental', judgmentRewrite(judgment));

  const backward = backwardSignal(sentences);
  if (backward) return hint('backward-looking', backwardRewrite(backward));

  return null;
}

function hint(kind: FeedforwardHintKind, rewrite: string | null): FeedforwardHint {
  return {
    kind,
    message: messages[kind],
    suggestion: rewrite ? `Try: "${rewrite}"` : fallbackSuggestions[kind],
  };
}
