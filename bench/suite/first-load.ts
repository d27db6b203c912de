import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const webRoot = join(import.meta.dirname, '..', '..', 'dist', 'web');

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

export type FirstLoad = { files: number; identity: number; gzip: number; brotli: number };

/** Bytes of an entry's first load per encoding, from the built files (`vite build` first). */
export function firstLoadOf(entry: string): FirstLoad {
  const files = firstLoadFiles(entry);
  const sum = (suffix: string) => files.reduce((total, file) => total + bytesOf(file, suffix), 0);
  return { files: files.length, identity: sum(''), gzip: sum('.gz'), brotli: sum('.br') };
}

export const isBuilt = () => existsSync(join(webRoot, 'index.html'));
