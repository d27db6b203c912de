import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * When the hourly follow-up sweep next needs to look at a cycle (limit 40, decision 0055), so it
 * reads the few cycles whose look is due instead of every cycle. An ISO instant: the moment the
 * cycle's mini-survey falls due, or a day on while one is due and not yet announced; '' (the
 * default, and what the triggers below write) when a fact the schedule rests on changed, so the
 * next sweep looks; null when nothing can fall due until such a fact changes.
 *
 * Triggers, not the code that writes those facts, reset it: no path that opens, closes or deletes a
 * round, changes a commitment, the cadence, the cycle's stage or a time zone can forget to.
 */
const factsOf: {
  table: string;
  columns: string[];
  cycles: 'cycle_id' | 'id' | 'leader_id' | 'workspace_id';
}[] = [
  { table: 'rounds', columns: ['kind', 'status', 'opened_at', 'closed_at', 'cycle_id'], cycles: 'cycle_id' },
  { table: 'commitments', columns: ['status', 'cycle_id'], cycles: 'cycle_id' },
  {
    table: 'follow_up_settings',
    columns: ['mini_survey_interval_days', 'check_in_interval_days', 'cycle_id'],
    cycles: 'cycle_id',
  },
  { table: 'cycles', columns: ['stage', 'leader_id', 'workspace_id'], cycles: 'id' },
  { table: 'users', columns: ['time_zone'], cycles: 'leader_id' },
  { table: 'workspaces', columns: ['time_zone'], cycles: 'workspace_id' },
];

/** Rows of a cycle's own tables come and go; the others only change. */
const ownRows = (cycles: string) => cycles === 'cycle_id';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cycles')
    .addColumn('follow_up_check_at', 'text', (c) => c.defaultTo(''))
    .execute();
  await db.schema.createIndex('cycles_follow_up_check').on('cycles').column('follow_up_check_at').execute();
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sqliteTriggers(db);
  else await postgresTriggers(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function sqliteTriggers(db: Kysely<any>) {
  const wake = (row: 'NEW' | 'OLD', cycles: string) =>
    ownRows(cycles)
      ? `UPDATE cycles SET follow_up_check_at = '' WHERE id = ${row}.cycle_id;`
      : `UPDATE cycles SET follow_up_check_at = '' WHERE ${cycles} = ${row}.id;`;
  for (const { table, columns, cycles } of factsOf) {
    const events = [
      { name: 'update', event: `UPDATE OF ${columns.join(', ')}`, rows: ['OLD', 'NEW'] as const },
      ...(ownRows(cycles)
        ? [
            { name: 'insert', event: 'INSERT', rows: ['NEW'] as const },
            { name: 'delete', event: 'DELETE', rows: ['OLD'] as const },
          ]
        : []),
    ];
    for (const { name, event, rows } of events) {
      const body = (ownRows(cycles) ? rows : (['NEW'] as const)).map((row) => wake(row, cycles)).join(' ');
      await sql
        .raw(`CREATE TRIGGER ${table}_follow_up_${name} AFTER ${event} ON ${table} BEGIN ${body} END`)
        .execute(db);
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
async function postgresTriggers(db: Kysely<any>) {
  await sql
    .raw(`CREATE FUNCTION follow_up_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_ARGV[0] = 'cycle_id' THEN
    IF TG_OP <> 'INSERT' THEN UPDATE cycles SET follow_up_check_at = '' WHERE id = OLD.cycle_id; END IF;
    IF TG_OP <> 'DELETE' THEN UPDATE cycles SET follow_up_check_at = '' WHERE id = NEW.cycle_id; END IF;
  ELSIF TG_ARGV[0] = 'id' THEN
    UPDATE cycles SET follow_up_check_at = '' WHERE id = NEW.id;
  ELSIF TG_ARGV[0] = 'leader_id' THEN
    UPDATE cycles SET follow_up_check_at = '' WHERE leader_id = NEW.id;
  ELSE
    UPDATE cycles SET follow_up_check_at = '' WHERE workspace_id = NEW.id;
  END IF;
  RETURN NULL;
END $$`)
    .execute(db);
  for (const { table, columns, cycles } of factsOf) {
    const events = `${ownRows(cycles) ? 'INSERT OR DELETE OR ' : ''}UPDATE OF ${columns.join(', ')}`;
    await sql
      .raw(
        `CREATE TRIGGER ${table}_follow_up AFTER ${events} ON ${table} FOR EACH ROW EXECUTE FUNCTION follow_up_facts_changed('${cycles}')`,
      )
      .execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const { table, cycles } of factsOf) {
    const names = sqlite
      ? ['update', ...(ownRows(cycles) ? ['insert', 'delete'] : [])].map(
          (name) => `${table}_follow_up_${name}`,
        )
      : [`${table}_follow_up`];
    for (const name of names)
      await sql.raw(`DROP TRIGGER ${name}${sqlite ? '' : ` ON ${table}`}`).execute(db);
  }
  if (!sqlite) await sql`DROP FUNCTION follow_up_facts_changed()`.execute(db);
  await db.schema.dropIndex('cycles_follow_up_check').execute();
  await db.schema.alterTable('cycles').dropColumn('follow_up_check_at').execute();
}
