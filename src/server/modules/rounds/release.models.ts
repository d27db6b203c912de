import { assertAnonymityThreshold } from '../../../shared/anonymity-threshold';
import { mergeSmallGroups } from '../../../shared/group-merging';
import type { RoundResults } from '../../../shared/round-results';
import { releaseChoiceResult } from './choice-results.models';
import { namedManagerResponsesOf } from './named-manager.models';
import { releaseRatingResult } from './rating-results.models';
import type { RoundForRelease } from './round-responses.models';
import { releaseTextResult } from './text-results.models';

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
