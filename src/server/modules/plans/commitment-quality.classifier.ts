import { loadClassifier, type TrainedModel } from '../text';
import { type CommitmentLabel, commitmentFeatures } from './commitment-quality.features';
import trainedModel from './commitment-quality.model.json' with { type: 'json' };
import type { CommitmentDraft, CommitmentFlagKind } from './commitment-quality.types';

const classifier = loadClassifier<CommitmentLabel>(trainedModel as TrainedModel);

/**
 * The model adds a flag only when the log2 odds that the commitment is fine fall below this.
 * Chosen by 5-fold cross-validation on the training data (npm run train:text).
 */
export const okOddsThreshold = -2;

/** The flag the learned model would add, if any, and the words that speak most for it. */
export function learnedFlag(draft: CommitmentDraft): { kind: CommitmentFlagKind; evidence: string[] } | null {
  const features = commitmentFeatures(draft);
  const odds = classifier.odds(features);
  if (odds.ok >= okOddsThreshold) return null;
  const kinds = classifier.labels.filter((label): label is CommitmentFlagKind => label !== 'ok');
  const kind = kinds.reduce((best, next) => (odds[next] > odds[best] ? next : best));
  return { kind, evidence: classifier.evidence(features, kind).map(({ feature }) => feature) };
}
