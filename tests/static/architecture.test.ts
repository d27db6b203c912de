import { expect, test } from 'vitest';
import { failureOf } from '../support/check-command';

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
