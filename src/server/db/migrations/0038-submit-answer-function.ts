import { type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * PostgreSQL: a stakeholder's answer stored in one call, so in one round trip and its own
 * transaction (decision 0058). The same two statements the app sent inside begin/commit
 * (decision 0056): the round's lock, then the store. A volatile PL/pgSQL function takes a fresh
 * snapshot for each statement under READ COMMITTED, so the store counts what the lock protects,
 * as its own statement did. The store keeps decision 0040's design: every invitation of the round
 * rewritten, every response of the round moved in a random order, so all share the latest `xmin`.
 * Returns 'gone' (no such round), 'closed', 'full', 'answered' or 'stored'. SQLite has no such
 * functions: its repository keeps its statements.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types.
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql
    .raw(`CREATE FUNCTION submit_answer(
  p_round_id text, p_invitation_id text, p_response_id text, p_group text,
  p_named_manager integer, p_answers text, p_now timestamptz
) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  round_status text;
  round_closes_at text;
  stored_outcome text;
BEGIN
  SELECT status, closes_at INTO round_status, round_closes_at FROM rounds WHERE id = p_round_id FOR UPDATE;
  IF NOT FOUND THEN RETURN 'gone'; END IF;
  IF round_status <> 'open' OR (p_now < round_closes_at::timestamptz) IS NOT TRUE THEN RETURN 'closed'; END IF;
  WITH verdict AS (
    SELECT CASE
      WHEN (SELECT count(*) FROM responses WHERE round_id = p_round_id)
        >= (SELECT count(*) FROM round_invitations WHERE round_id = p_round_id) THEN 'full'
      WHEN p_invitation_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM round_invitations WHERE id = p_invitation_id AND answered = 0
      ) THEN 'answered'
      ELSE 'stored'
    END AS outcome
  ),
  rewritten AS (
    UPDATE round_invitations
    SET answered = CASE WHEN id = p_invitation_id THEN 1 ELSE answered END
    WHERE round_id = p_round_id AND (SELECT verdict.outcome FROM verdict) = 'stored'
  ),
  moved AS (
    DELETE FROM responses
    WHERE round_id = p_round_id AND (SELECT verdict.outcome FROM verdict) = 'stored'
    RETURNING id, round_id, relationship_group, named_manager, answers
  ),
  inserted AS (
    INSERT INTO responses (id, round_id, relationship_group, named_manager, answers)
    SELECT * FROM (
      SELECT id, round_id, relationship_group, named_manager, answers FROM moved
      UNION ALL
      SELECT p_response_id, p_round_id, p_group, p_named_manager, p_answers
      FROM verdict WHERE verdict.outcome = 'stored'
    ) AS every_response
    ORDER BY gen_random_uuid()
  )
  SELECT verdict.outcome INTO stored_outcome FROM verdict;
  RETURN stored_outcome;
END $$`)
    .execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`DROP FUNCTION submit_answer(text, text, text, text, integer, text, timestamptz)`.execute(db);
}
