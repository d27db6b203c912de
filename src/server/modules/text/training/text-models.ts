import { suggestionFeatures } from '../../feedforward/feedforward-hints.features';
import { suggestionTrainingData } from '../../feedforward/feedforward-hints.training-data';
import { commitmentFeatures, labelOf } from '../../plans/commitment-quality.features';
import { labeledCommitments, parseLabeledCommitments } from '../../plans/commitment-quality.labeled-examples';
import { commitmentTrainingData } from '../../plans/commitment-quality.training-data';
import { clauseActors } from '../../reframe/clause-actors.models';
import { competencyFeatures } from '../../reframe/competency.classifier';
import { competencyCodes, competencyTrainingData } from '../../reframe/competency.training-data';
import { tuningProblems } from '../../reframe/competency-tuning.fixtures';
import { focusFeatures } from '../../reframe/problem-focus.features';
import { problemFocusTrainingData } from '../../reframe/problem-focus.training-data';
import { tunedProblems } from '../../reframe/problem-statements.fixtures';
import type { TextAnalysis } from '../analyzed-text';
import { normalizeShorthand } from '../terms.models';
import type { LabeledFeatures } from '../text-classifier';
import { labeledLines } from './labeled-lines';

/**
 * Every learned text model: where its JSON lives and how its training examples are read.
 * `npm run train:text` writes each model from these; a test checks the committed JSON is
 * exactly what they produce, so a model can never drift from its training data.
 */
export type TextModelSpec = {
  name: string;
  /** Path of the committed model, from the repository root. */
  file: string;
  examples: (analysis: TextAnalysis) => LabeledFeatures<string>[];
};

export const problemFocusModel: TextModelSpec = {
  name: 'problem focus',
  file: 'src/server/modules/reframe/problem-focus.model.json',
  examples: (analysis) =>
    labeledLines(problemFocusTrainingData, { o: 'others', s: 'own' }).map(({ label, text }) => {
      const analyzed = analysis.analyze(text);
      const clauses = analyzed.sentences.flatMap((sentence) => clauseActors(sentence.tokens));
      return { label, features: focusFeatures(analyzed, clauses) };
    }),
};

export const suggestionModel: TextModelSpec = {
  name: 'suggestion',
  file: 'src/server/modules/feedforward/feedforward-hints.model.json',
  examples: (analysis) =>
    labeledLines(suggestionTrainingData, {
      j: 'judgmental',
      b: 'backward-looking',
      f: 'future-focused',
    }).map(({ label, text }) => ({ label, features: suggestionFeatures(analysis.analyze(text)) })),
};

/**
 * The commitments the rules were written from (both blocks of the labeled examples) and the
 * newer training data, one label each.
 */
export const commitmentModel: TextModelSpec = {
  name: 'commitment',
  file: 'src/server/modules/plans/commitment-quality.model.json',
  examples: () =>
    [...labeledCommitments, ...parseLabeledCommitments(commitmentTrainingData)].map((commitment) => ({
      label: labelOf(commitment.expected),
      features: commitmentFeatures(commitment),
    })),
};

/**
 * Problem statements labeled with the competency a coach would point to first: the training data
 * and the statements the cues were written against. The cue-free held-out statements
 * (competency.held-out-data, competency-holdout and the untuned problem statements) stay out.
 */
export const competencyModel: TextModelSpec = {
  name: 'competency',
  file: 'src/server/modules/reframe/competency.model.json',
  examples: (analysis) =>
    [
      ...labeledLines(competencyTrainingData, competencyCodes),
      ...tuningProblems.map(([text, [label = '']]) => ({ text, label })),
      ...tunedProblems.map(([text, label]) => ({ text, label })),
    ].map(({ label, text }) => ({
      label,
      features: competencyFeatures(analysis.analyze(normalizeShorthand(text))),
    })),
};

export const textModels: readonly TextModelSpec[] = [
  problemFocusModel,
  suggestionModel,
  commitmentModel,
  competencyModel,
];
