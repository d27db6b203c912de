import type { TextAnalysis } from '../text';
import { type ClauseActor, clauseActors } from './clause-actors.models';
import { clauseVerdictWeight, othersOdds } from './problem-focus.classifier';
import { focusFeatures } from './problem-focus.features';

export type ProblemFocus = 'others' | 'self' | 'mixed';

export type ProblemFocusResult = {
  /** 'mixed' also covers statements that name no one at all. */
  focus: ProblemFocus;
  /** Share of the weight of all actors that falls on other people; 0 when no one is named. */
  othersShare: number;
  /** A gentle question about the leader's own part, asked only when the focus is on others. */
  question: string | null;
};

// A statement about things ("deadlines keep slipping") leaves the leader out as surely as one
// about people, but says less about blame, so it counts half. "We" includes the leader.
const actorWeights = { others: 1, situation: 0.5, self: 1, shared: 0.5 } as const;
// "…unless I force them to": a subordinate clause is background to the main claim.
const subordinateWeight = 0.5;

const othersFocusShare = 0.65;
const selfFocusShare = 0.35;

/**
 * Notices when a problem is told as what other people do ("they never…", "my team should…")
 * rather than the leader's own part, and then offers a question that turns the focus back.
 * A classifier trained on labeled problem statements decides, together with the clause
 * reader's verdict; the clause reader also gives the share and the names the question uses.
 */
export function analyzeProblemFocus(text: string, analysis: TextAnalysis): ProblemFocusResult {
  const analyzed = analysis.analyze(text);
  if (!analyzed.tokens.some((token) => token.kind === 'word')) {
    return { focus: 'mixed', othersShare: 0, question: null };
  }
  const clauses = analyzed.sentences.flatMap((sentence) => clauseActors(sentence.tokens));
  const othersShare = shareAboutOthers(clauses);
  const verdict =
    othersShare === null ? 0 : othersShare >= othersFocusShare ? 1 : othersShare <= selfFocusShare ? -1 : 0;
  const odds = othersOdds(focusFeatures(analyzed, clauses)) + clauseVerdictWeight * verdict;
  const share = othersShare ?? 0;
  if (odds > 0) {
    return { focus: 'others', othersShare: share, question: ownPartQuestion(clauses.filter(isAboutOthers)) };
  }
  return {
    focus: othersShare !== null && othersShare <= selfFocusShare ? 'self' : 'mixed',
    othersShare: share,
    question: null,
  };
}

/** Share of the weight of all actors that falls on other people; null when no one is named. */
function shareAboutOthers(clauses: readonly ClauseActor[]): number | null {
  let othersWeight = 0;
  let selfWeight = 0;
  for (const { actor, subordinate } of clauses) {
    const weight = actorWeights[actor] * (subordinate ? subordinateWeight : 1);
    if (actor === 'others' || actor === 'situation') othersWeight += weight;
    else selfWeight += weight;
  }
  const total = othersWeight + selfWeight;
  return total === 0 ? null : Math.round((othersWeight / total) * 100) / 100;
}

function isAboutOthers(clause: ClauseActor): boolean {
  return clause.actor === 'others' || clause.actor === 'situation';
}

/** The question follows what the leader wrote, so it reads as a reply rather than a template. */
function ownPartQuestion(clauses: readonly ClauseActor[]): string {
  const names = [...new Set(clauses.flatMap((clause) => clause.names))];
  if (names.length > 0) {
    return `What happens between you and ${joinNames(names)} when this comes up, and what might you be doing, or not doing, that plays a part?`;
  }
  if (clauses.some((clause) => clause.prescriptive)) {
    return 'You have described what others should do. What could you do differently that would make that change more likely?';
  }
  if (clauses.some((clause) => clause.habitual)) {
    return 'What might you be doing, or not doing, that keeps this pattern going?';
  }
  if (clauses.every((clause) => clause.actor === 'situation')) {
    return 'Where do you come into this, and what would you need to get better at for it to change?';
  }
  return 'What is your own part in this, and what would you need to get better at for it to change?';
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
