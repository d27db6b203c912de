import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import english from '../../src/shared/i18n/catalogs/app/messages/en.json';

/**
 * Every English message the server or a shared schema can show on a leader's form has a template in
 * the catalog `app/messages`, so the web client can show it in the leader's language (decision 0052).
 * Found in code: `message: '…'` (zod schemas, rate limits, config of answers) and the text of a
 * domain error (`invalid('code', '…')`, `gone(…)`, `rateLimited('…')` …). The operator's startup
 * checks (src/server/config.ts) are for whoever runs the server, and stay English.
 */
const roots = ['src/shared', 'src/server'];
const skipped = /\.test\.ts$|\.fixtures\.ts$|\.arbitraries\.ts$|^src\/server\/config\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !skipped.test(path.slice(path.indexOf('src/'))) ? [path] : [];
  });
}

// A quoted text, possibly glued from several quoted parts with +, or a template literal.
const text = String.raw`('(?:[^'\\\n]|\\.)*'(?:\s*\+\s*'(?:[^'\\\n]|\\.)*')*|\x60(?:[^\x60\\]|\\.)*\x60)`;
const messagePatterns = [
  new RegExp(String.raw`message:\s*${text}`, 'g'),
  new RegExp(
    String.raw`\b(?:invalid|conflict|forbidden|gone|notFound|tooLarge|misdirected)\(\s*'[^']*',\s*${text}`,
    'g',
  ),
  new RegExp(String.raw`\b(?:rateLimited|unauthenticated)\(\s*${text}`, 'g'),
];

/** The text a literal shows, with each interpolation as `{}`. */
function shapeOfLiteral(literal: string): string {
  if (literal.startsWith('`')) return literal.slice(1, -1).replace(/\$\{[^}]*\}/g, '{}');
  return literal
    .split(/'\s*\+\s*'/)
    .join('')
    .slice(1, -1)
    .replace(/\\'/g, "'");
}

/** A catalog template with each placeholder as `{}`. */
const shapeOfTemplate = (template: string) => template.replace(/\{\w+\}/g, '{}');

function serverMessageLiterals(): Map<string, string> {
  const found = new Map<string, string>();
  for (const root of roots) {
    for (const file of sourceFiles(join(import.meta.dirname, '../..', root))) {
      const source = readFileSync(file, 'utf8');
      for (const pattern of messagePatterns) {
        for (const match of source.matchAll(pattern)) {
          const shape = shapeOfLiteral(match[1] as string);
          if (!found.has(shape)) found.set(shape, file.slice(file.indexOf(root)));
        }
      }
    }
  }
  return found;
}

test('every message the server or a shared schema can show has a template in app/messages', () => {
  const templates = new Set(Object.values(english).map(shapeOfTemplate));
  const missing = [...serverMessageLiterals()]
    .filter(([shape]) => !templates.has(shape))
    .map(([shape, file]) => `${file}: ${shape}`);
  expect(missing).toEqual([]);
});

test('the scan finds the messages it is meant to, so it cannot pass by finding nothing', () => {
  const shapes = [...serverMessageLiterals().keys()];
  expect(shapes).toContain('Name must be at most 100 characters');
  expect(shapes).toContain('{} is already invited to this round.');
  expect(shapes.length).toBeGreaterThan(250);
});
