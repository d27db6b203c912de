import type { NormalizedCommitment } from './commitment-quality.types';
// Small building blocks shared by the commitment rules.

export type CommitmentRule = {
  /** The phrase that triggered the rule, quoted back to the leader, or null when it does not apply. */
  find: (commitment: NormalizedCommitment) => string | null;
  reason: (phrase: string) => string;
  betterExample: (commitment: NormalizedCommitment) => string;
};

/** Other people, as leaders name them in commitments. */
export const OTHERS =
  '(?:the (?:whole )?team|my team|our team|every(?:one|body)|people|they|them|him|her|he|she|(?:the |my |our |other )?(?:engineers|developers|devs|reports|seniors|juniors|members|folks|others|group|stakeholders|customers|teams|management|leadership|designers|pms|(?:new )?hires|newcomers|new joiners)|each (?:person|one|engineer|member|report|of them)|all of (?:them|us)|nobody|no one)';

/** "every morning", "twice a day", "daily": often enough that checking becomes watching. */
export const MORE_THAN_DAILY_OR_DAILY =
  /\b(?:daily|hourly|every (?:single )?(?:day|morning|evening|afternoon|hour|few hours|couple of hours|\w+ hours)|each (?:day|morning|evening|afternoon)|(?:once|twice|three times|several times|multiple times|\w+ times) a day|(?:end|start) of (?:the|each|every) day|the day (?:starts|ends|begins))\b/;

export function pattern(source: string): RegExp {
  return new RegExp(source);
}

export function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const candidate of patterns) {
    const match = candidate.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

export function inAction(...patterns: RegExp[]) {
  return (commitment: NormalizedCommitment) => firstMatch(commitment.action, patterns);
}
