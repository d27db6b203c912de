import type { NormalizedCommitment } from './commitment-quality.types';

// Better examples are picked by what the leader's commitment is about, so the alternative
// offered is one they can adopt as it is, not a lecture on a different subject.

type Topic = { about: RegExp; example: string };

const topics: Topic[] = [
  {
    about: /\b(calm|patien|frustrat|angry|defensive|tone|temper|react|urge|tempted|upset)/,
    example:
      'When I feel frustration rising in a meeting, I will pause and ask a question before I give my view.',
  },
  {
    about: /\b(disagree|push(es)? back|pushback|conflict|open[- ]minded|judg)/,
    example: 'When someone disagrees with me, I will ask "what am I missing?" before I argue my point.',
  },
  {
    about: /\b(listen|heard|hear|interrupt|empath)/,
    example: 'When someone brings me a problem, I will ask two open questions before suggesting anything.',
  },
  {
    about: /\b(speak up|contribut|quiet|engag|voices?|ideas?|proactive)\b/,
    example: 'When I open a team discussion, I will share my own view last, after asking for theirs.',
  },
  {
    about: /\b(feedback|constructive|coach|mentor|grow)/,
    example:
      'When I see work worth mentioning, I will tell the person within a day what exactly worked and why.',
  },
  {
    about: /\b(recogni[sz]|apprecia|thank|credit|praise|value)/,
    example:
      'When someone finishes something hard, I will thank them by name in the team channel within a day.',
  },
  {
    about: /\b(delegat|ownership|own|take over|their work|trust|judgement|judgment)\b/,
    example:
      'When I hand over a piece of work, I will agree the outcome and the limits, then let the owner choose how.',
  },
  {
    about: /\b(deadline|on time|deliver|estimat|goals?|late|release|incident)/,
    example:
      'When a deadline looks at risk, I will ask the owner what is in their way and remove one obstacle that week.',
  },
  {
    about: /\b(decision|decide|transparen|clarity|direction|communicat|inform)/,
    example:
      'When I make a decision that affects the team, I will post it with the reason in the team channel that day.',
  },
  {
    about: /\b(welcome|new hire|joins|onboard)/,
    example:
      'When someone new joins, I will meet them on their first day and again at the end of their first week.',
  },
  {
    about:
      /\b(happy|morale|motivat|stress|pressure|struggl|wellbeing|well-being|support|there for|available|in touch)/,
    example:
      'When someone seems stressed in standup, I will message them afterwards and offer a short chat that day.',
  },
];

const fallback =
  'When someone brings me a problem, I will ask two open questions before suggesting anything.';

export function betterExampleFor(commitment: NormalizedCommitment): string {
  // The action says most about what the leader is after; the situation is the tie-breaker.
  for (const text of [commitment.action, commitment.situation]) {
    const topic = topics.find(({ about }) => about.test(text));
    if (topic) return topic.example;
  }
  return fallback;
}
