// The text pool's worker thread. A worker starts as plain Node, outside the loaders of tsx and
// vitest alike, so it loads the TypeScript tasks through tsx's own API: the same file serves
// `npm start`, the tests and the end-to-end servers. The model loads here, as the worker starts.
import { tsImport } from 'tsx/esm/api';

const { textTasks } = await tsImport('./text-tasks.ts', import.meta.url);
const { createTextAnalysis } = await tsImport('./text-analysis.ts', import.meta.url);

const analysis = createTextAnalysis();

export default ({ name, input }) => textTasks[name](input, analysis);
