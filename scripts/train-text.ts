// Trains every learned text model from the labeled training data and writes its JSON into the
// repository (npm run train:text). Deterministic: the same data always gives the same file.
import { writeFileSync } from 'node:fs';
import { createTextAnalysis } from '../src/server/modules/text/text-analysis';
import { trainModel } from '../src/server/modules/text/text-classifier';
import { textModels } from '../src/server/modules/text/training/text-models';

const analysis = createTextAnalysis();
for (const spec of textModels) {
  const examples = spec.examples(analysis);
  writeFileSync(spec.file, `${JSON.stringify(trainModel(examples))}\n`);
  console.log(`${spec.name}: ${examples.length} examples → ${spec.file}`);
}
