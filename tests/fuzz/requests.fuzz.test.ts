import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TestApp } from '../support/test-app';
import { createFuzzApp } from './fuzz-app';
import { type FuzzFigures, runFuzz, summary } from './fuzz-runner';

/**
 * Generated requests against every route (schema-shaped, random JSON, non-JSON; owned, foreign and
 * garbage ids; random queries), as nobody, the owning leader and another leader. FUZZ_SEED replays a run.
 */
const total = 10_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

let testApp: TestApp;
let figures: FuzzFigures;

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  const fuzzApp = await createFuzzApp('sqlite');
  testApp = fuzzApp.testApp;
  figures = await runFuzz(testApp, fuzzApp.errorLines, { total, seed });
  console.log(summary(figures));
}, 120_000);

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await testApp?.dispose();
});

test(`${total} fuzzed requests reach every route`, () => {
  expect(figures.sent).toBeGreaterThanOrEqual(total);
  expect(figures.routes).toBeGreaterThanOrEqual(60);
});

test('no fuzzed request gets a server error', () => {
  expect(figures.serverErrors).toEqual([]);
  expect(figures.byClass['5xx']).toBe(0);
});

test('no fuzzed request leaves an unhandled rejection behind', () => {
  expect(rejections).toEqual([]);
});

test('a refused request writes no rows (checked around every 4xx)', () => {
  expect(figures.checked4xx).toBeGreaterThanOrEqual(1_000);
  expect(figures.partialWrites).toEqual([]);
});
