import { assertAnonymityThreshold } from './anonymity-threshold.models';
import { type ChoiceResult, releaseChoiceResult } from './choice-results.models';
import { mergeSmallGroups } from './group-merging.models';
import { type NamedManagerResponse, namedManagerResponsesOf } from './named-manager.models';
import { type RatingResult, releaseRatingResult } from './rating-results.models';
import type { RoundForRelease } from './round-responses.models';
import { releaseTextResult, type TextResult } from './text-results.models';

/**
 * 'open': the leader sees only how many responses have arrived.
 * 'too-few': closed with fewer than k responses besides any named manager's, so nothing is ever shown.
 */
export type ResultsWithheld = {
  released: false;
  reason: 'open' | 'too-few';
  responseCount: number;
  k: number;
};

export type ReleasedResults = {
  released: true;
  /** Every response, a named manager's included. */
  responseCount: number;
  ratings: RatingResult[];
  texts: TextResult[];
  choices: ChoiceResult[];
  /** Responses whose author chose to be shown by name, kept out of every figure above; null when none. */
  namedManager: NamedManagerResponse[] | null;
};

export type RoundResults = ResultsWithheld | ReleasedResults;

/**
 * Applies every anonymity rule to a round at once. Only whole, closed rounds are released:
 * two snapshots one answer apart would reveal that answer. Each figure then rests on at
 * least k people who actually answered its question, and free text is released apart from
 * everything else, shuffled with the injected random source.
 */
export function releaseRoundResults(round: RoundForRelease, k: number, random: () => number): RoundResults {
  assertAnonymityThreshold(k);
  const responseCount = round.responses.length;
  if (round.status !== 'closed') return { released: false, reason: 'open', responseCount, k };

  const named = round.responses.filter(({ namedManager }) => namedManager);
  const anonymous = round.responses.filter(({ namedManager }) => !namedManager);
  // A named answer is not anonymous, so it cannot help the others reach k.
  if (anonymous.length < k) return { released: false, reason: 'too-few', responseCount, k };

  // One structure for the whole round, from invitations: the shape of the results must not
  // tell who answered, or who said "don't know" to which question.
  const breakdown = mergeSmallGroups(round.invited, k);
  return {
    released: true,
    responseCount,
    ratings: round.questions.flatMap((question) =>
      question.kind === 'rating' ? [releaseRatingResult(question, anonymous, breakdown, k)] : [],
    ),
    texts: round.questions.flatMap((question) =>
      question.kind === 'text' ? [releaseTextResult(question, anonymous, random)] : [],
    ),
    choices: round.questions.flatMap((question) =>
      question.kind === 'choice' ? [releaseChoiceResult(question, anonymous, k)] : [],
    ),
    namedManager: named.length > 0 ? namedManagerResponsesOf(round.questions, named) : null,
  };
}
