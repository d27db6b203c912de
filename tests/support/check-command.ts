import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** What a project check (a node_modules/.bin command) printed when it failed, so a test's message is the check's own report; '' when it passed. */
export async function failureOf(command: string, args: string[]): Promise<string> {
  try {
    await run(join(root, 'node_modules', '.bin', command), args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.trim() || String(error);
  }
}
