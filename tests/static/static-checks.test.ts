import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** The output of a command that must succeed; on failure, what it printed becomes the test's message. */
async function outputOf(command: string, args: string[]) {
  try {
    await run(bin(command), args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.trim() || String(error);
  }
}

// Type errors and lint or format drift fail `npm test`, so main never carries them unnoticed.
test('the code type-checks', { timeout: 180_000 }, async () => {
  expect(await outputOf('tsc', ['--noEmit'])).toBe('');
});

test('the code passes Biome’s lint and format checks', { timeout: 60_000 }, async () => {
  expect(await outputOf('biome', ['check', 'src', 'tests', 'bench', 'scripts'])).toBe('');
});
