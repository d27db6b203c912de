import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** What a check printed when it failed, so the test's message is the check's own report; '' when it passed. */
async function failureOf(command: string, args: string[]) {
  try {
    await run(bin(command), args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.trim() || String(error);
  }
}

// The layering of decision 0033, checked rather than hoped for: web never imports server code,
// shared imports neither side, pure models load no database, HTTP or NLP code, a module uses
// another only through its public surface, and no import cycles (rules: .dependency-cruiser.cjs).
test('the code keeps the architecture’s dependency rules', { timeout: 120_000 }, async () => {
  expect(
    await failureOf('depcruise', ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']),
  ).toBe('');
});

// Dead code grows quietly; an unused file, export or dependency fails here (settings: knip.jsonc).
test('no file, export or dependency goes unused', { timeout: 120_000 }, async () => {
  expect(await failureOf('knip', ['--no-progress'])).toBe('');
});
