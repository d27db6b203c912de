// The package ships no types; these cover the part of its API the text classifiers use.
declare module 'wink-naive-bayes-text-classifier' {
  type NaiveBayesTextClassifier = {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(tokens: readonly string[], label: string): boolean;
    consolidate(): boolean;
    /** log2 odds of each label, best first; [['unknown', 0]] when nothing is known. */
    computeOdds(tokens: readonly string[]): Array<[label: string, odds: number]>;
    exportJSON(): string;
    importJSON(json: string): boolean;
  };
  export default function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
}
