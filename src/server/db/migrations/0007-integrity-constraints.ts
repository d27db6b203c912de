import { type Kysely, sql } from 'kysely';

/**
 * Rules the use cases check, now also held by the database, so two requests that pass the check
 * at the same moment cannot both write (decision 0017). Rows that two such requests already left
 * behind are settled first, or the indexes could not be built.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  // A cycle left with two open rounds keeps the first one opened; the others close now, as if
  // the leader had closed them (their results follow the usual k rules).
  await sql`
    update rounds set status = 'closed', closed_at = ${new Date().toISOString()}
    where status = 'open' and exists (
      select 1 from rounds as earlier
      where earlier.cycle_id = rounds.cycle_id and earlier.status = 'open'
        and (earlier.opened_at < rounds.opened_at
          or (earlier.opened_at = rounds.opened_at and earlier.id < rounds.id))
    )`.execute(db);
  await db.schema
    .createIndex('rounds_one_open_per_cycle')
    .on('rounds')
    .column('cycle_id')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();

  // A person invited twice keeps one invitation tied to them; the others are unlinked, as removing
  // a stakeholder unlinks theirs, so counts and answers already given stay as they are.
  await sql`
    update round_invitations set stakeholder_id = null
    where stakeholder_id is not null and exists (
      select 1 from round_invitations as kept
      where kept.round_id = round_invitations.round_id
        and kept.stakeholder_id = round_invitations.stakeholder_id
        and kept.id < round_invitations.id
    )`.execute(db);
  // Unlinked invitations (stakeholder_id null) never collide: both engines treat nulls as distinct.
  await db.schema
    .createIndex('round_invitations_one_per_person')
    .on('round_invitations')
    .columns(['round_id', 'stakeholder_id'])
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('round_invitations_one_per_person').execute();
  await db.schema.dropIndex('rounds_one_open_per_cycle').execute();
}
