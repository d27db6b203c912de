import type { Database } from '../../db/database';

/** A round of the leader as the "no two snapshots" rule compares it, with who it asked. */
export type RoundSnapshotRow = {
  id: string;
  kind: string;
  status: 'open' | 'closed';
  openedAt: string;
  anonymityK: number;
  /** JSON Question[]. */
  questions: string;
  invitees: { invitationId: string; stakeholderId: string | null; email: string | null }[];
  /** Responses besides any named manager's: what release counts toward k. */
  anonymousResponses: number;
};

export function createRoundSnapshotsRepository({ db }: { db: Database }) {
  return {
    /** Every round of the leader, in every cycle and workspace, with its invitees' current addresses. */
    async listRoundsOfLeader(leaderId: string): Promise<RoundSnapshotRow[]> {
      const rounds = await db
        .selectFrom('rounds')
        .innerJoin('cycles', 'cycles.id', 'rounds.cycle_id')
        .select([
          'rounds.id',
          'rounds.kind',
          'rounds.status',
          'rounds.opened_at',
          'rounds.anonymity_k',
          'rounds.questions',
        ])
        .where('cycles.leader_id', '=', leaderId)
        .orderBy('rounds.opened_at')
        .execute();
      if (rounds.length === 0) return [];
      const roundIds = rounds.map((round) => round.id);
      const invitations = await db
        .selectFrom('round_invitations')
        .leftJoin('stakeholders', 'stakeholders.id', 'round_invitations.stakeholder_id')
        .select([
          'round_invitations.id',
          'round_invitations.round_id',
          'round_invitations.stakeholder_id',
          'stakeholders.email',
        ])
        .where('round_invitations.round_id', 'in', roundIds)
        .execute();
      const answered = await db
        .selectFrom('responses')
        .select(['round_id', (eb) => eb.fn.countAll<string | number>().as('count')])
        .where('round_id', 'in', roundIds)
        .where('named_manager', '=', 0)
        .groupBy('round_id')
        .execute();
      return rounds.map((round) => ({
        id: round.id,
        kind: round.kind,
        status: round.status,
        openedAt: round.opened_at,
        anonymityK: round.anonymity_k,
        questions: round.questions,
        invitees: invitations
          .filter((invitation) => invitation.round_id === round.id)
          .map((invitation) => ({
            invitationId: invitation.id,
            stakeholderId: invitation.stakeholder_id,
            email: invitation.email ?? null,
          })),
        anonymousResponses: Number(answered.find((row) => row.round_id === round.id)?.count ?? 0),
      }));
    },
  };
}
