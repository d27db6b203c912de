import type { AnalyzedToken } from '../text';
import { joinTokens } from '../text';
import type { Signal } from './feedforward-signals.models';

/**
 * Concrete future-focused rewrites built from the stakeholder's own words, where the
 * sentence has a shape that turns around safely. "You never share the agenda" becomes
 * "In the future, could you share the agenda?"; "you interrupted me" has no safe opposite,
 * so it gets none, and the hint falls back to a general idea.
 */

/**
 * Ready-made requests for labels that describe a way of working rather than a single act: each
 * turns the judgment into the behaviour the writer would like to see from now on.
 */
const ideasForLabels = new Map(
  Object.entries({
    micromanager: 'agree the outcome with me and leave the how to me',
    micromanage: 'agree the outcome with me and leave the how to me',
    controlling: 'agree the outcome with me and leave the how to me',
    control: 'agree the outcome with me and leave the how to me',
    freak: 'agree the outcome with me and leave the how to me',
    defensive: 'ask one question about a concern before you answer it',
    listen: 'let people finish and sum up what you heard before you reply',
    listener: 'let people finish and sum up what you heard before you reply',
    harsh: 'give critical feedback in private, with one example and one thing to try',
    rude: 'give critical feedback in private, with one example and one thing to try',
    condescending: 'ask for our view before you give yours',
    arrogant: 'ask for our view before you give yours',
    'know-it-all': 'ask for our view before you give yours',
    ego: 'ask for our view before you give yours',
    bossy: 'ask for our view before you give yours',
    dictator: 'ask for our view before you give yours',
    impatient: 'let people finish their point before you reply',
    negative: 'say what you would try instead when you doubt an idea',
    disorganized: 'send the plan, the owners and the dates in writing after each meeting',
    chaotic: 'send the plan, the owners and the dates in writing after each meeting',
    unfair: 'explain how you decide who gets which work',
    favourite: 'explain how you decide who gets which work',
    favorite: 'explain how you decide who gets which work',
    pushover: 'tell us where you will hold the line with stakeholders, and why',
    soft: 'tell us where you will hold the line with stakeholders, and why',
    cold: 'ask how we are doing at the start of our 1:1s',
    approachable: 'hold an open slot each week where anyone can drop in',
    moody: 'tell us when you are under pressure, so we know it is not about us',
    unpredictable: 'tell us when you are under pressure, so we know it is not about us',
    care: 'ask each of us in our 1:1 what would make the work better',
    political: 'share the reasons behind decisions in the team channel',
    pointless: 'end each meeting with the decisions and the owners',
    waste: 'end each meeting with the decisions and the owners',
  }).map(([label, request]) => [label, `In the future, could you ${request}?`]),
);
const pastTimeCutters = new Set(['yesterday', 'ago', 'again', 'until', 'till', 'last', 'earlier', 'once']);
// Words that open another clause. Not "that": the tagger often reads "that deadline" as one.
const clauseOpeners = new Set([
  'because',
  'when',
  'whenever',
  'if',
  'unless',
  'while',
  'although',
  'though',
  'since',
]);

export function backwardRewrite({ sentence, at, cue }: Signal): string | null {
  const tokens = sentence.tokens;
  switch (cue) {
    case 'never':
      return couldYou(tokens.slice(at + 1));
    case 'did':
      return tokens[at + 1]?.normal === 'not' ? couldYou(tokens.slice(at + 2)) : null;
    case 'forget':
      return tokens[at + 1]?.normal === 'to' ? couldYou(tokens.slice(at + 1), 'remember') : null;
    case 'fail':
      return tokens[at + 1]?.normal === 'to' ? couldYou(tokens.slice(at + 2)) : null;
    case 'should-have':
      return couldYou(tokens.slice(at + 2));
    default:
      return null;
  }
}

export function judgmentRewrite({ sentence, at, cue }: Signal): string | null {
  const idea = ideasForLabels.get(cue);
  if (idea) return idea;
  const tokens = sentence.tokens;
  const preposition = tokens[at + 1]?.normal;
  const topic = joinTokens(untilClauseEnd(tokens.slice(at + 2)));
  if (topic && preposition === 'at') return `When ${topic}, could you \u2026?`;
  if (topic && (preposition === 'about' || preposition === 'with'))
    return `When it comes to ${topic}, could you \u2026?`;
  if (topic && (preposition === 'in' || preposition === 'during')) return `In ${topic}, could you \u2026?`;
  const subject = judgedSubject(tokens.slice(0, at));
  return subject ? `When it comes to ${subject}, could you \u2026?` : null;
}

/** "Your communication is awful" → "communication"; "The planning sessions are…" → "the planning sessions". */
function judgedSubject(before: readonly AnalyzedToken[]): string | null {
  const be = before.findIndex((token) => token.lemma === 'be');
  if (be <= 0) return null;
  const subject = before.slice(0, be).filter((token, index) => !(index === 0 && token.normal === 'your'));
  if (subject.length === 0 || subject.some((token) => token.normal === 'you' || token.kind !== 'word'))
    return null;
  const [first, ...rest] = subject;
  return joinTokens([{ ...(first as AnalyzedToken), text: (first as AnalyzedToken).normal }, ...rest]);
}

/**
 * "In the future, could you ‹verb› ‹rest›?" In every shape above the phrase starts with the
 * verb ("never *share*", "didn't *back* me up"), which the tagger does not always see as one.
 */
function couldYou(rest: readonly AnalyzedToken[], leadingVerb?: string): string | null {
  const [verb, ...others] = untilClauseEnd(rest);
  if (verb?.kind !== 'word') return null;
  const phrase = leadingVerb ? [verb, ...others] : [{ ...verb, text: verb.lemma }, ...others];
  return `In the future, could you ${leadingVerb ? `${leadingVerb} ` : ''}${joinTokens(phrase)}?`;
}

/** The words up to the end of the clause, without a trailing "last week" or "again". */
function untilClauseEnd(tokens: readonly AnalyzedToken[]): AnalyzedToken[] {
  const end = tokens.findIndex(
    (token) =>
      token.kind === 'punctuation' ||
      pastTimeCutters.has(token.normal) ||
      token.pos === 'CCONJ' ||
      clauseOpeners.has(token.normal),
  );
  return tokens.slice(0, end < 0 ? tokens.length : end);
}
