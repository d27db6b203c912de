import type { commitmentFlagKinds } from '../../../shared/plans';

// The shapes the quality check's parts share, apart from the check itself so its rule, example
// and classifier files depend on these and not on the file that composes them.

export type CommitmentFlagKind = (typeof commitmentFlagKinds)[number];

export type CommitmentDraft = { situation: string; action: string; frequency: string; noticedBy: string };

export type CommitmentFlag = {
  kind: CommitmentFlagKind;
  /** One friendly sentence saying why this may not work. */
  reason: string;
  /** A concrete alternative in the same "When …, I will …" form. */
  betterExample: string;
};

export type CommitmentCheck = { flags: CommitmentFlag[] };

/** The commitment as the rules read it: lower case, plain apostrophes, no "When"/"I will" lead-ins. */
export type NormalizedCommitment = {
  situation: string;
  action: string;
  frequency: string;
  noticedBy: string;
  /** Situation, action and frequency together, for cues such as "every morning" that may sit in any. */
  whole: string;
};
