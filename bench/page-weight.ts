/**
 * Issue 14's page-weight figure: the bytes a cold load of each page's entry transfers, per encoding,
 * from the built files (`vite build` first). Follows each entry's HTML and its static imports, as the
 * browser does before the first screen; response headers are not counted (the e2e test
 * tests/e2e/answer-page-weight.e2e.test.ts measures the real wire, headers included, in Chromium).
 *
 *   npm run bench:page-weight
 *
 * Exits non-zero when the answer page goes over the 100 kB target with brotli.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const webRoot = join(import.meta.dirname, '..', 'dist', 'web');
const targetBytes = 100_000;

/** The file itself, then every file it names that the browser fetches before running anything. */
function firstLoadFiles(entry: string): string[] {
  const found = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (found.has(file)) continue;
    found.add(file);
    const text = readFileSync(join(webRoot, file), 'utf8');
    const named = file.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1] as string)
      : [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((match) => `assets/${match[1]}`);
    pending.push(...named.filter((name) => existsSync(join(webRoot, name))));
  }
  return [...found];
}

function bytesOf(file: string, suffix: string): number {
  const path = join(webRoot, file + suffix);
  return readFileSync(existsSync(path) ? path : join(webRoot, file)).length;
}

if (!existsSync(join(webRoot, 'index.html'))) {
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
  const files = firstLoadFiles(entry);
  const sum = (suffix: string) => files.reduce((total, file) => total + bytesOf(file, suffix), 0);
  if (entry === 'answer.html') answerBrotli = sum('.br');
  console.log(
    `${name.padEnd(28)}${String(files.length).padStart(6)}${kB(sum(''))}${kB(sum('.gz'))}${kB(sum('.br'))}`,
  );
}
console.log(
  `\nanswer page target: ≤ ${kB(targetBytes).trim()} on the wire; brotli body bytes ${kB(answerBrotli).trim()}`,
);
if (answerBrotli > targetBytes) process.exit(1);
