import { sql } from 'kysely';
import type { Database, DatabaseEngine } from '../../db/database';
import type { ResponsesTable, RoundsTable } from '../../db/schema';

/** A link with its round: a mailed invitation (with its id and answered flag) or a group link (both null). */
export type LinkWithRound = {
  round: RoundsTable;
  group: string;
  invitationId: string | null;
  answered: number | null;
  /** As many responses as invitations: the round takes no more. */
  full: boolean;
};

/** Why an answer was not stored, or that it was. */
export type StoreOutcome = 'stored' | 'full' | 'answered';

type LinkRow = RoundsTable & {
  link_group: string;
  invitation_id: string | null;
  link_answered: number | null;
  is_full: number | boolean;
};

/**
 * The SQL of a stakeholder's answer (decisions 0040 and 0056): the link and its round in one read,
 * and the answer stored in as few statements as each engine allows, every check in the database.
 */
export function createAnswersRepository({ db, engine }: { db: Database; engine: DatabaseEngine }) {
  async function readLink(tokenHash: string): Promise<LinkWithRound | undefined> {
    const { rows } = await sql<LinkRow>`
      select rounds.*, link.relationship_group as link_group, link.invitation_id,
        link.answered as link_answered,
        (select count(*) from responses where responses.round_id = rounds.id)
          >= (select count(*) from round_invitations where round_invitations.round_id = rounds.id) as is_full
      from (
        select round_invitations.round_id, round_invitations.relationship_group,
          round_invitations.id as invitation_id, round_invitations.answered
        from invitation_tokens
        join round_invitations on round_invitations.id = invitation_tokens.invitation_id
        where invitation_tokens.token_hash = ${tokenHash}
        union all
        select round_id, relationship_group, null, null from round_links where token_hash = ${tokenHash}
      ) as link
      join rounds on rounds.id = link.round_id
      limit 1`.execute(db);
    const row = rows[0];
    if (!row) return undefined;
    const { link_group, invitation_id, link_answered, is_full, ...round } = row;
    return {
      round,
      group: link_group,
      invitationId: invitation_id,
      answered: link_answered,
      full: Boolean(is_full),
    };
  }

  return {
    /** One statement: a personal token's invitation or a group link, joined to its round, with whether it is full. */
    findLink: (tokenHash: string) => readLink(tokenHash),

    /**
     * PostgreSQL stores an answer in one call of its own (`storeAnswerAtOnce`, outside any
     * transaction); SQLite inside the caller's transaction (`lockLink`, then `storeAnswer`).
     */
    storesAtOnce: engine === 'postgres',

    /**
     * SQLite: the link and its round as `findLink` reads them, after taking the round's lock for
     * the rest of the transaction (as `rounds.lockRound` does): writing the round's row takes the
     * file's write lock at once.
     */
    async lockLink(tokenHash: string): Promise<LinkWithRound | undefined> {
      await sql`
        update rounds set status = status where id in (
          select round_invitations.round_id from invitation_tokens
          join round_invitations on round_invitations.id = invitation_tokens.invitation_id
          where invitation_tokens.token_hash = ${tokenHash}
          union all
          select round_id from round_links where token_hash = ${tokenHash}
        )`.execute(db);
      return readLink(tokenHash);
    },

    /**
     * SQLite: stores one answer inside a transaction that holds the round's lock (`lockLink`),
     * unless the round is full or the invitation already answered; on a refusal the caller rolls
     * back. No stored row tells when it came (decision 0040): responses are kept in the order of
     * their random ids (no rowid) and the invitation is updated in place. The insert only while the
     * round has room, then the claim.
     */
    async storeAnswer(response: ResponsesTable, invitationId: string | null): Promise<StoreOutcome> {
      const inserted = await sql`
        insert into responses (id, round_id, relationship_group, named_manager, answers)
        select ${response.id}, ${response.round_id}, ${response.relationship_group},
          ${response.named_manager}, ${response.answers}
        where (select count(*) from responses where round_id = ${response.round_id})
          < (select count(*) from round_invitations where round_id = ${response.round_id})`.execute(db);
      if (Number(inserted.numAffectedRows) !== 1) return 'full';
      if (invitationId === null) return 'stored';
      const claimed = await sql`
        update round_invitations set answered = 1 where id = ${invitationId} and answered = 0`.execute(db);
      return Number(claimed.numAffectedRows) === 1 ? 'stored' : 'answered';
    },

    /**
     * PostgreSQL: one round trip, its own transaction (migration 0038, decision 0058). The
     * function takes the round's lock, refuses a round gone or no longer taking answers at `now`,
     * then in a statement whose snapshot comes after the lock checks room and the invitation and
     * stores: every invitation of the round rewritten and every response of the round moved in a
     * random order, so all share the latest `xmin` and none sits where its arrival put it
     * (decision 0040).
     */
    async storeAnswerAtOnce(
      response: ResponsesTable,
      invitationId: string | null,
      now: Date,
    ): Promise<StoreOutcome | 'closed' | 'gone'> {
      const { rows } = await sql<{ outcome: StoreOutcome | 'closed' | 'gone' }>`
        select submit_answer(${response.round_id}, ${invitationId}::text, ${response.id},
          ${response.relationship_group}, ${response.named_manager}::integer, ${response.answers},
          ${now.toISOString()}::timestamptz) as outcome`.execute(db);
      return rows[0]?.outcome ?? 'gone';
    },
  };
}
