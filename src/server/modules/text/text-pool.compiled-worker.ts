// The text pool's worker thread in the compiled server (scripts/build-server.mjs bundles it to
// dist/server/text-pool.worker.mjs, where text-pool.ts looks for its worker next to the bundle).
// From source, text-pool.worker.mjs does the same through tsx. The model loads as the worker starts.
import { createTextAnalysis } from './text-analysis';
import { type TextTaskName, textTasks } from './text-tasks';

const analysis = createTextAnalysis();

export default ({ name, input }: { name: TextTaskName; input: never }) => textTasks[name](input, analysis);
