// The text module's public surface: other modules import from here (pure rules from public.models.ts), never from its other files.
export {
  type AnalyzedSentence,
  type AnalyzedText,
  type AnalyzedToken,
  joinTokens,
  type TextAnalysis,
} from './analyzed-text';
export { loadClassifier, type TrainedModel } from './text-classifier';
export { featuresOfAnalysis, featuresOfSentences, plainSentences, quotedFeature } from './text-features';
