import { composeDependencies } from '../../../src/server/compose';
import { loadConfig } from '../../../src/server/config';
import { openDatabase } from '../../../src/server/db/database';
import { createLogger } from '../../../src/server/logger';
import { recordCheckin } from '../../../src/server/modules/plans/daily-practice.usecases';
import type { CurrentUser } from '../../../src/shared/accounts';
import { addDays } from '../../../src/shared/calendar';
import type { Api } from './api-client';

type EarlierCheckin = { commitmentId: string; day: string; score: number };

/**
 * Scores older than the week the app lets a leader fill in: recorded through the use case the API
 * calls, run as of each day's evening against the test server's database, so a test shows weeks
 * of practice without waiting for them.
 */
async function recordEarlierCheckins(databaseUrl: string, leader: CurrentUser, checkins: EarlierCheckin[]) {
  const database = openDatabase(databaseUrl);
  try {
    const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
    const { deps } = await composeDependencies({ config, database, log: createLogger(config.LOG_LEVEL) });
    for (const { commitmentId, day, score } of checkins) {
      const evening = new Date(`${day}T20:00:00.000Z`);
      await recordCheckin({ ...deps, now: () => evening }, leader, commitmentId, day, { score, note: null });
    }
  } finally {
    await database.close();
  }
}

/**
 * Two weeks of scores for every active behavior: days 7–13 back as of their own evenings, days 1–6
 * back through the API (which takes scores up to 7 days back). Today is left for the screen.
 */
export async function recordTwoWeeksBeforeToday(databaseUrl: string, api: Api, cycleId: string) {
  const { user } = await api.get<{ user: CurrentUser }>('/api/auth/me');
  const { today } = await api.get<{ today: string }>(`/api/cycles/${cycleId}/checkins`);
  const { commitments } = await api.get<{ commitments: { id: string; status: string }[] }>(
    `/api/cycles/${cycleId}/commitments`,
  );
  const active = commitments.filter((commitment) => commitment.status === 'active');
  for (const [index, commitment] of active.entries()) {
    await recordEarlierCheckins(
      databaseUrl,
      user,
      [7, 8, 9, 10, 11, 12, 13].map((back) => ({
        commitmentId: commitment.id,
        day: addDays(today, -back),
        score: 2 + index + (back % 3),
      })),
    );
    for (let back = 1; back <= 6; back++) {
      await api.put(`/api/commitments/${commitment.id}/checkins/${addDays(today, -back)}`, {
        score: Math.min(10, 3 + back + index),
      });
    }
  }
}
