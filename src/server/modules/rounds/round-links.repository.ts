import type { Database } from '../../db/database';
import type { RoundLinksTable } from '../../db/schema';

export type RoundLinkRow = RoundLinksTable;

/** Group links (decision 0019): a token hash, its round and its relationship group, and nothing else. */
export function createRoundLinksRepository({ db }: { db: Database }) {
  return {
    async insertLink(link: RoundLinkRow): Promise<void> {
      await db.insertInto('round_links').values(link).execute();
    },
    /**
     * The people of a round whose link passes through the leader: invitations that hold no personal
     * token, because none was ever mailed. Whether anyone answered plays no part.
     */
    listHandDeliveredInvitees(roundId: string) {
      return db
        .selectFrom('round_invitations')
        .innerJoin('stakeholders', 'stakeholders.id', 'round_invitations.stakeholder_id')
        .select([
          'stakeholders.id',
          'stakeholders.name',
          'stakeholders.email',
          'round_invitations.relationship_group',
        ])
        .where('round_invitations.round_id', '=', roundId)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('invitation_tokens')
                .select('invitation_tokens.token_hash')
                .whereRef('invitation_tokens.invitation_id', '=', 'round_invitations.id'),
            ),
          ),
        )
        .orderBy('stakeholders.name')
        .orderBy('stakeholders.id')
        .execute();
    },
  };
}
