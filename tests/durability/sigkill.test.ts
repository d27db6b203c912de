import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createFreshPostgresDatabase } from '../../bench/durability/fresh-postgres';
import { type DurabilityReport, runDurability } from '../../bench/durability/run-durability';

// The short version of `npm run bench:durability` (200 cycles): five kills per engine.
const cycles = 5;
const postgresUrl = process.env.TEST_DATABASE_URL;
const minutes = 60_000;

async function killFiveTimes(databaseUrl: string) {
  const lines: string[] = [];
  const report = await runDurability({ databaseUrl, cycles, log: (line) => lines.push(line) });
  return { report, transcript: `seed ${report.seed}\n${lines.join('\n')}` };
}

function expectNothingLost({ report, transcript }: { report: DurabilityReport; transcript: string }) {
  expect(report.cycles, transcript).toHaveLength(cycles);
  expect(report.lost, transcript).toBe(0);
  expect(report.problems, transcript).toEqual([]);
  expect(report.responses, transcript).toBeGreaterThanOrEqual(report.acknowledged);
  expect(report.acknowledged, transcript).toBeGreaterThan(0);
}

describe('the server killed with SIGKILL while 50 stakeholders submit at once', () => {
  test(
    'on sqlite every acknowledged answer survives five kills and the file passes its integrity check',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'feedforward-durability-'));
      try {
        expectNothingLost(await killFiveTimes(`file:${join(folder, 'durability.db')}`));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    3 * minutes,
  );

  test.skipIf(!postgresUrl)(
    'on postgres every acknowledged answer survives five kills and the data stays consistent',
    async () => {
      const database = await createFreshPostgresDatabase(postgresUrl as string);
      try {
        expectNothingLost(await killFiveTimes(database.url));
      } finally {
        await database.drop();
      }
    },
    3 * minutes,
  );
});
