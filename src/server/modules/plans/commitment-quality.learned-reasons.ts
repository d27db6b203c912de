// Explanations for a flag the learned model raised where no word pattern fired: the words the
// model weighed most are quoted as the leader typed them, and the better example follows the topic.

import { quotedFeature } from '../text';
import { betterExampleFor } from './commitment-quality.better-examples';
import type {
  CommitmentDraft,
  CommitmentFlag,
  CommitmentFlagKind,
  NormalizedCommitment,
} from './commitment-quality.types';

const reasons: Record<CommitmentFlagKind, (quoted: string) => string> = {
  vague: (quoted) =>
    `${quoted} says which way you want to go but not what someone would see you do, so name the act and the moment.`,
  unobservable: (quoted) =>
    `${quoted} happens where nobody can see it, so name what you would say or do that shows it.`,
  'outside-control': (quoted) =>
    `${quoted} depends on other people's choices, so you could do everything right and still miss it; commit to your own part instead.`,
  micromanagement: (quoted) =>
    `${quoted} asks people to account to you more than trust needs, however kindly meant; let each owner choose how to keep you in the loop.`,
};

const ownerChoosesUpdates =
  'When a project starts, I will ask its owner how they would like to keep me updated and stick to what we agree.';

export function learnedReason(
  learned: { kind: CommitmentFlagKind; evidence: readonly string[] },
  draft: CommitmentDraft,
  commitment: NormalizedCommitment,
): CommitmentFlag {
  const phrase =
    quotedFeature(draft.action, learned.evidence) ??
    quotedFeature(`${draft.situation} ${draft.frequency}`, learned.evidence);
  return {
    kind: learned.kind,
    reason: reasons[learned.kind](phrase ? `"${phrase}"` : 'This'),
    betterExample: learned.kind === 'micromanagement' ? ownerChoosesUpdates : betterExampleFor(commitment),
  };
}
