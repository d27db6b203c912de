import type { AnalyzedText } from '../text';
import { featuresOfAnalysis, loadClassifier, type TrainedModel } from '../text';
import trainedModel from './competency.model.json' with { type: 'json' };

/**
 * A naive Bayes model trained on problem statements labeled with the default-framework
 * competency a coach would point to (competency.training-data.ts and the cue-tuning statements),
 * so a problem told in words no cue list holds still points somewhere. It knows the default
 * framework's keys only; other keys get nothing from it and are matched on their text alone.
 */
const classifier = loadClassifier<string>(trainedModel as TrainedModel);

/**
 * What the competency model sees of a problem: its words, as for the other text models, but with
 * negation left unmarked. "does not own their deadlines" is about deadlines all the same, and wink
 * marks everything to the end of the sentence as negated.
 */
export function competencyFeatures(analyzed: AnalyzedText): string[] {
  return featuresOfAnalysis(analyzed).map((feature) => feature.replace(/(^| )not-/g, '$1'));
}

/**
 * Each default competency's likelihood for the problem relative to the likeliest one, from 1
 * down towards 0; empty when the model has seen none of its features.
 */
export function competencyLikelihoods(features: readonly string[]): Map<string, number> {
  const likelihoods = new Map<string, number>();
  if (!classifier.knows(features)) return likelihoods;
  const odds = classifier.odds(features);
  // log2 P(label) from its log2 odds against all the others.
  const logProbabilities = classifier.labels.map((label) => -Math.log2(1 + 2 ** -(odds[label] ?? 0)));
  const best = Math.max(...logProbabilities);
  // Naive Bayes counts every feature as independent evidence, so a long problem makes its best
  // label look certain. Dividing the log-probabilities by the square root of the number of known
  // features keeps the runners-up of a long problem in view, so the model reorders the candidates
  // rather than overruling them. Chosen with modelShare on the labeled statements (see there).
  const softening = 1 / Math.sqrt(features.filter((feature) => classifier.knows([feature])).length);
  classifier.labels.forEach((label, at) => {
    likelihoods.set(label, 2 ** (((logProbabilities[at] ?? best) - best) * softening));
  });
  return likelihoods;
}

/** Whether the model has seen this word (a lemma) in training. */
export function isKnownWord(lemma: string): boolean {
  return classifier.knows([lemma]);
}

/**
 * For each default competency, the single words of the problem that speak most for it, strongest
 * first: the reason shown to the leader when the model, not a shared word, put it forward.
 */
export function competencyEvidence(features: readonly string[]): Map<string, string[]> {
  const words = [...new Set(features.filter((feature) => /^[a-z][a-z-]*$/.test(feature)))];
  const weighed = words.map((word) => ({ word, weights: weightsOf(word) }));
  return new Map(
    classifier.labels.map((label) => [
      label,
      weighed
        .filter(({ weights }) => (weights[label] ?? 0) >= evidenceWeight)
        .sort((a, b) => (b.weights[label] ?? 0) - (a.weights[label] ?? 0))
        .map(({ word }) => word),
    ]),
  );
}

// A word's weights never change, and the words are the model's own vocabulary (unknown words weigh
// nothing and are not kept), so each is worked out once.
const knownWeights = new Map<string, Record<string, number>>();

function weightsOf(word: string): Record<string, number> {
  const known = knownWeights.get(word);
  if (known) return known;
  const weights = classifier.weightsOf(word);
  if (classifier.knows([word])) knownWeights.set(word, weights);
  return weights;
}

// A word doubling the odds or more is a reason worth showing; weaker ones are common to many.
const evidenceWeight = 1;
