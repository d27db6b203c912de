import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTextAnalysis } from '../text-analysis';
import { trainModel } from '../text-classifier';
import { textModels } from './text-models';

describe('shipped text models', () => {
  test.each(textModels.map((spec) => [spec.name, spec] as const))(
    'the committed %s model is exactly what npm run train:text makes from its training data',
    (_name, spec) => {
      const committed = JSON.parse(readFileSync(spec.file, 'utf8'));
      expect(trainModel(spec.examples(createTextAnalysis()))).toEqual(committed);
    },
  );
});
