import type {
  Answers,
  ChoiceQuestion,
  Question,
  RatingQuestion,
  RelationshipGroup,
  TextQuestion,
} from '../../../shared/questions';
import type { ReleasedResults, RoundResults } from '../../../shared/round-results';
import { releaseRoundResults } from './release.models';
import type { InvitedGroups, RoundResponse } from './round-responses.models';

/** A listening round's 1..5 behavior rating, a mini-survey's -3..+3 change, feedforward and follow-up. */
export const listeningRating: RatingQuestion = {
  id: 'listening',
  kind: 'rating',
  prompt: 'How well does Ana listen before deciding?',
  min: 1,
  max: 5,
  minLabel: 'Rarely',
  maxLabel: 'Always',
  unknownLabel: "Don't know",
  subject: 'Listens with empathy',
};

export const changeRating: RatingQuestion = {
  id: 'change',
  kind: 'rating',
  prompt: 'Has Ana become more or less effective at listening?',
  min: -3,
  max: 3,
  minLabel: 'Much less effective',
  maxLabel: 'Much more effective',
  unknownLabel: 'Not enough contact to judge',
  subject: null,
};

export const feedforwardText: TextQuestion = {
  id: 'feedforward',
  kind: 'text',
  prompt: 'What should Ana do next?',
  maxLength: 500,
  required: false,
  feedforward: true,
};

export const followUpChoice: ChoiceQuestion = {
  id: 'follow-up',
  kind: 'choice',
  prompt: 'How often has Ana followed up with you about it?',
  options: [
    { value: 'never', label: 'Never' },
    { value: 'once', label: 'Once' },
    { value: 'often', label: 'Often' },
  ],
};

export const sampleQuestions: Question[] = [listeningRating, changeRating, feedforwardText, followUpChoice];

export function responseFrom(
  group: RelationshipGroup,
  answers: Answers,
  namedManager = false,
): RoundResponse {
  return { group, namedManager, answers };
}

/** A small deterministic random source (mulberry32) so property runs can be replayed from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export const k = 3;

/** As if exactly the people who answered had been invited: the usual shape of a fixture round. */
export function invitedOf(responses: RoundResponse[]): InvitedGroups {
  const invited: InvitedGroups = {};
  for (const { group } of responses) invited[group] = (invited[group] ?? 0) + 1;
  return invited;
}

export function closedRound(responses: RoundResponse[], invited = invitedOf(responses)) {
  return { status: 'closed' as const, questions: sampleQuestions, invited, responses };
}

function released(results: RoundResults): ReleasedResults {
  if (!results.released) throw new Error(`Expected released results, got ${results.reason}`);
  return results;
}

/** Releases a closed round of the sample questions, failing the test if it stays hidden. */
export function release(
  responses: RoundResponse[],
  random = seededRandom(1),
  invited = invitedOf(responses),
): ReleasedResults {
  return released(releaseRoundResults(closedRound(responses, invited), k, random));
}

export const threeDirectReports = [
  responseFrom('direct_report', {
    listening: 4,
    change: 2,
    feedforward: 'Ask before deciding',
    'follow-up': 'once',
  }),
  responseFrom('direct_report', {
    listening: 5,
    change: 1,
    feedforward: 'Pause in meetings',
    'follow-up': 'often',
  }),
  responseFrom('direct_report', {
    listening: 3,
    change: 0,
    feedforward: 'Summarize back',
    'follow-up': 'never',
  }),
];
