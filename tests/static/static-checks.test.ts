import { expect, test } from 'vitest';
import { failureOf } from '../support/check-command';

// Type errors and lint or format drift fail `npm test`, so main never carries them unnoticed.
test('the code type-checks', { timeout: 180_000 }, async () => {
  expect(await failureOf('tsc', ['--noEmit'])).toBe('');
});

test('the code passes Biome’s lint and format checks', { timeout: 60_000 }, async () => {
  expect(await failureOf('biome', ['check', 'src', 'tests', 'bench', 'scripts'])).toBe('');
});
