/**
 * Issue 11 item 7: a password-reset request must not answer faster for an address without an
 * account. Times requests for a known and an unknown address, alternating, in process over a
 * fresh SQLite file, and prints both medians and their ratio (ceiling: within 10 % of each other).
 *
 *   npm run bench:reset-timing           # 200 requests of each
 *   npx tsx bench/reset-timing.ts 50     # 50 of each
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/server/app';
import { composeDependencies } from '../src/server/compose';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { createLogger } from '../src/server/logger';

const count = Number(process.argv[2] ?? 200);
const log = (line: string) => process.stdout.write(`${line}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main() {
  if (!Number.isInteger(count) || count < 1) throw new Error('Usage: tsx bench/reset-timing.ts [count]');
  const folder = mkdtempSync(join(tmpdir(), 'feedforward-reset-timing-'));
  const config = loadConfig({
    DATABASE_URL: `file:${join(folder, 'bench.db')}`,
    BASE_URL: 'http://localhost:3000',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    TRUST_PROXY: '1',
  });
  const database = openDatabase(config.DATABASE_URL);
  try {
    await migrateToLatest(database.db);
    const { deps } = await composeDependencies({ config, database, log: createLogger('silent') });
    const app = createApp(deps);
    const send = (path: string, body: unknown, network: string) =>
      app.request(path, {
        method: 'POST',
        headers: { origin: config.BASE_URL, 'content-type': 'application/json', 'x-forwarded-for': network },
        body: JSON.stringify(body),
      });
    const signedUp = await send(
      '/api/auth/sign-up',
      { name: 'Known Person', email: 'known@example.com', password: 'correct horse battery' },
      '192.0.2.1',
    );
    if (signedUp.status !== 201) throw new Error(`sign-up failed: ${signedUp.status}`);

    // Each request from a network and, for the known address, an account of its own budget, so
    // no rate limit answers instead; the job runner is not started, so only the request is timed.
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let index = 0; index < count; index++) {
      for (const kind of ['known', 'unknown'] as const) {
        const email = kind === 'known' ? 'known@example.com' : `nobody${index}@example.com`;
        const network = `10.${kind === 'known' ? 1 : 2}.${Math.floor(index / 250)}.${index % 250}`;
        if (kind === 'known') await database.db.deleteFrom('rate_limits').execute();
        const started = performance.now();
        const response = await send('/api/auth/password-reset/request', { email }, network);
        times[kind].push(performance.now() - started);
        if (response.status !== 202) throw new Error(`reset request answered ${response.status}`);
      }
    }
    const known = median(times.known);
    const unknown = median(times.unknown);
    const ratio = Math.max(known, unknown) / Math.min(known, unknown);
    log(`password-reset request, ${count} of each on SQLite:`);
    log(`  median, address with an account:    ${known.toFixed(2)} ms`);
    log(`  median, address without an account: ${unknown.toFixed(2)} ms`);
    log(`  ratio ${ratio.toFixed(2)} (ceiling 1.10)`);
    process.exitCode = ratio <= 1.1 ? 0 : 1;
  } finally {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
