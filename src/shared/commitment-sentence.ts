// A behavior the leader committed to, as one sentence in the leader's own voice. The plan, the
// practice page, the mini-survey and its results all show it this way, so what stakeholders rate is
// word for word what the leader wrote.

const lead = /^(when|whenever)\s+/i;
const will = /^(i\s+will|i'll|i’ll|will)\s+/i;
const end = /[\s.!;,]+$/;

/** Mid-sentence a capital goes, except on "I" and acronyms such as "OKRs" or "PRs". */
function lowerFirst(text: string): string {
  if (/^(I\b|[A-Z][A-Z0-9])/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The situation as it reads after "When": the leader may or may not have typed the word. */
export const situationPart = (situation: string) =>
  lowerFirst(situation.trim().replace(lead, '').replace(end, ''));
/** The action as it reads after "I will". */
export const actionPart = (action: string) => lowerFirst(action.trim().replace(will, '').replace(end, ''));

/** "When the sprint starts, I will ask what is in the way." */
export const commitmentSentence = (commitment: { situation: string; action: string }) =>
  `When ${situationPart(commitment.situation)}, I will ${actionPart(commitment.action)}.`;
