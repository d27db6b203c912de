/**
 * Issue 14's page-weight figure: the bytes a cold load of each page's entry transfers, per encoding,
 * from the built files (`vite build` first). Follows each entry's HTML and its static imports, as the
 * browser does before the first screen; response headers are not counted (the e2e test
 * tests/e2e/answer-page-weight.e2e.test.ts measures the real wire, headers included, in Chromium).
 * `npm run bench` prints the answer page's figure with the others.
 *
 *   npm run bench:page-weight
 *
 * Exits non-zero when the answer page goes over the 100 kB target with brotli.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadOf, isBuilt, webRoot } from './suite/first-load';

const targetBytes = 100_000;

if (!isBuilt()) {
  console.error('Build the web client first: npx vite build');
  process.exit(1);
}
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(10);
console.log(
  `${'entry'.padEnd(28)}${'files'.padStart(6)}${'identity'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`,
);
let answerBrotli = 0;
for (const [name, entry] of [
  ['answer page (/answer)', 'answer.html'],
  ['leader app (every other page)', 'index.html'],
] as const) {
  if (!existsSync(join(webRoot, entry))) continue;
  const load = firstLoadOf(entry);
  if (entry === 'answer.html') answerBrotli = load.brotli;
  console.log(
    `${name.padEnd(28)}${String(load.files).padStart(6)}${kB(load.identity)}${kB(load.gzip)}${kB(load.brotli)}`,
  );
}
console.log(
  `\nanswer page target: ≤ ${kB(targetBytes).trim()} on the wire; brotli body bytes ${kB(answerBrotli).trim()}`,
);
if (answerBrotli > targetBytes) process.exit(1);
