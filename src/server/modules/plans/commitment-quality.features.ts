import { featuresOfSentences, plainSentences } from '../text';
import type { CommitmentDraft, CommitmentFlagKind } from './commitment-quality.types';

/** 'ok', or the one flag that best names what is wrong. */
export type CommitmentLabel = 'ok' | CommitmentFlagKind;

// A commitment is one sentence; reading only the start of each box keeps pasted pages fast.
const longestFieldRead = 500;

/**
 * What the commitment classifier sees: the words of the situation, action and frequency
 * together ("daily" says as much in either box), and how others would notice, kept apart,
 * because "nobody" there means something else than in the action.
 */
export function commitmentFeatures(draft: CommitmentDraft): string[] {
  const [situation, action, frequency, noticedBy] = [
    draft.situation,
    draft.action,
    draft.frequency,
    draft.noticedBy,
  ].map((field) => field.slice(0, longestFieldRead));
  return [
    ...featuresOfSentences(plainSentences(`${situation}. ${action}. ${frequency}`)),
    ...featuresOfSentences(plainSentences(noticedBy ?? '')).map((feature) => `noticed:${feature}`),
  ];
}

// With several flags, the model learns the most harmful one, as a coach would name it first.
const precedence: readonly CommitmentFlagKind[] = [
  'micromanagement',
  'outside-control',
  'unobservable',
  'vague',
];

export function labelOf(flags: readonly CommitmentFlagKind[]): CommitmentLabel {
  return precedence.find((kind) => flags.includes(kind)) ?? 'ok';
}
