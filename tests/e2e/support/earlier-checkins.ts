import Database from 'better-sqlite3';

type EarlierCheckin = { cycleId: string; commitmentId: string; day: string; score: number };

/**
 * Writes daily scores older than the week the app lets a leader fill in, straight into the test
 * server's SQLite file: the history a leader would have built in the weeks before, so a test can
 * show two weeks of practice without waiting two weeks.
 */
export function recordEarlierCheckins(databaseUrl: string, checkins: EarlierCheckin[]) {
  const database = new Database(databaseUrl.replace(/^file:/, ''));
  try {
    const insert = database.prepare(
      'insert into daily_checkins (cycle_id, commitment_id, day, score, note, created_at) values (?, ?, ?, ?, null, ?)',
    );
    for (const checkin of checkins) {
      insert.run(
        checkin.cycleId,
        checkin.commitmentId,
        checkin.day,
        checkin.score,
        `${checkin.day}T20:00:00.000Z`,
      );
    }
  } finally {
    database.close();
  }
}
