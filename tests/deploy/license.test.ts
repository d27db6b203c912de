import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

// The SHA-256 of the FSF's plain-text AGPL v3 (gnu.org/licenses/agpl-3.0.txt), the digest other projects pin too:
// the license must stay complete and unmodified.
const officialAgplSha256 = '8486a10c4393cee1c25392769ddd3b2d6c242d6ec7928e1414efff7dfb2f07ef';

test('LICENSE is the unmodified GNU AGPL v3 that package.json names', () => {
  const license = readFileSync(join(root, 'LICENSE'));
  expect(createHash('sha256').update(license).digest('hex')).toBe(officialAgplSha256);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { license: string };
  expect(manifest.license).toBe('AGPL-3.0-or-later');
});
