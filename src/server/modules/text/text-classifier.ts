import naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';

/**
 * A learned text classifier: wink's naive Bayes over presence-only features, trained at build
 * time by `npm run train:text` and shipped as JSON, so deciding needs no network and no model
 * download. Features are plain strings (see text-features.ts), so the same classifier serves
 * problem statements, suggestions and commitments.
 */
export type LabeledFeatures<Label extends string> = { features: readonly string[]; label: Label };

/** wink's exported model: [config, samples per label, counts per label, words per label, vocabulary]. */
export type TrainedModel = [
  unknown,
  Record<string, number>,
  Record<string, Record<string, number>>,
  unknown,
  string[],
];

export type TextClassifier<Label extends string> = {
  labels: readonly Label[];
  /** log2 odds of each label against all the others. */
  odds(features: readonly string[]): Record<Label, number>;
  /**
   * The features that speak most for `label`, strongest first, each with how much it adds to
   * the odds: what the explanation quotes back to the writer.
   */
  evidence(features: readonly string[], label: Label): Array<{ feature: string; weight: number }>;
  /** Whether any of the features was seen in training; without one, odds are the prior alone. */
  knows(features: readonly string[]): boolean;
  /** How much one feature alone moves each label's odds from the prior. */
  weightsOf(feature: string): Record<Label, number>;
};

// Half-add smoothing suits short texts with a few hundred examples per label: add-one
// drowns the rare words that carry the signal. Chosen by cross-validation in scripts/train-text.ts.
const smoothingFactor = 0.5;

export function trainModel<Label extends string>(examples: readonly LabeledFeatures<Label>[]): TrainedModel {
  const classifier = naiveBayesTextClassifier();
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor });
  for (const { features, label } of examples) classifier.learn(features, label);
  return JSON.parse(classifier.exportJSON()) as TrainedModel;
}

export function loadClassifier<Label extends string>(model: TrainedModel): TextClassifier<Label> {
  const classifier = naiveBayesTextClassifier();
  classifier.importJSON(JSON.stringify(model));
  classifier.consolidate();
  const labels = Object.keys(model[1]).sort() as Label[];
  const vocabulary = new Set(model[4]);

  function odds(features: readonly string[]): Record<Label, number> {
    const known = [...new Set(features)].filter((feature) => vocabulary.has(feature));
    const result = Object.fromEntries(labels.map((label) => [label, 0])) as Record<Label, number>;
    if (known.length === 0) return priorOdds();
    for (const [label, value] of classifier.computeOdds(known)) {
      if (label in result) result[label as Label] = value;
    }
    return result;
  }

  // wink answers "unknown" for a text with no known feature; the prior is the honest answer then.
  function priorOdds(): Record<Label, number> {
    const total = labels.reduce((sum, label) => sum + (model[1][label] ?? 0), 0);
    return Object.fromEntries(
      labels.map((label) => {
        const count = model[1][label] ?? 0;
        return [label, Math.log2(count / (total - count))];
      }),
    ) as Record<Label, number>;
  }

  function evidence(features: readonly string[], label: Label) {
    const prior = priorOdds()[label];
    return [...new Set(features)]
      .filter((feature) => vocabulary.has(feature))
      .map((feature) => ({ feature, weight: (odds([feature])[label] ?? 0) - prior }))
      .filter(({ weight }) => weight > 0)
      .sort((a, b) => b.weight - a.weight);
  }

  function knows(features: readonly string[]): boolean {
    return features.some((feature) => vocabulary.has(feature));
  }

  function weightsOf(feature: string): Record<Label, number> {
    const prior = priorOdds();
    const alone = vocabulary.has(feature) ? odds([feature]) : prior;
    return Object.fromEntries(labels.map((label) => [label, alone[label] - prior[label]])) as Record<
      Label,
      number
    >;
  }

  return { labels, odds, evidence, knows, weightsOf };
}
