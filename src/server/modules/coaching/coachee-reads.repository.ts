import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/database';
import type { Schema } from '../../db/schema';

/** Names the consent row every coach read joins on (as `c`) and the coach who must hold it. */
export type Consent = { coachingId: string; coachId: string };

// Only an active consent held by this coach lets a row through; revoking flips the status, so the
// very next query (an open page's next request included) finds nothing.
const activeConsent =
  ({ coachingId, coachId }: Consent) =>
  (eb: ExpressionBuilder<Schema & { c: Schema['coachings'] }, 'c'>) =>
    eb.and([eb('c.id', '=', coachingId), eb('c.coach_id', '=', coachId), eb('c.status', '=', 'active')]);

const checkinRef = sql<string>`d.commitment_id || ':' || d.day`;

/** Everything a coach reads of a coachee: each query joins the consent, so none can outlive it. */
export function createCoacheeReadsRepository({ db }: { db: Database }) {
  const consentedCycles = (consent: Consent) =>
    db
      .selectFrom('coachings as c')
      .innerJoin('cycles as y', (join) =>
        join.onRef('y.leader_id', '=', 'c.leader_id').onRef('y.workspace_id', '=', 'c.workspace_id'),
      )
      .where(activeConsent(consent));

  return {
    /** The coach's active coachees, or one of them by its consent id. */
    coachees(coachId: string, coachingId?: string) {
      let query = db
        .selectFrom('coachings as c')
        .innerJoin('users as leader', 'leader.id', 'c.leader_id')
        .innerJoin('workspaces as w', 'w.id', 'c.workspace_id')
        .select([
          'c.id',
          'c.leader_id',
          'c.workspace_id',
          'leader.name as leader_name',
          'w.name as workspace_name',
        ])
        .where('c.coach_id', '=', coachId)
        .where('c.status', '=', 'active');
      if (coachingId) query = query.where('c.id', '=', coachingId);
      return query.orderBy('leader.name').execute();
    },
    cycles(consent: Consent) {
      return consentedCycles(consent)
        .select([
          'y.id',
          'y.goal',
          'y.stage',
          'y.competency',
          'y.created_at',
          'y.closed_at',
          'y.leader_id',
          'y.workspace_id',
        ])
        .orderBy('y.created_at', 'desc')
        .execute();
    },
    commitments(consent: Consent) {
      return consentedCycles(consent)
        .innerJoin('commitments as m', 'm.cycle_id', 'y.id')
        .select(['m.id', 'm.cycle_id', 'm.situation', 'm.action', 'm.frequency', 'm.status', 'm.created_at'])
        .orderBy('m.created_at')
        .execute();
    },
    rounds(consent: Consent) {
      return consentedCycles(consent)
        .innerJoin('rounds as r', 'r.cycle_id', 'y.id')
        .selectAll('r')
        .orderBy('r.opened_at')
        .execute();
    },
    comments(consent: Consent) {
      return db
        .selectFrom('coaching_comments as m')
        .innerJoin('coachings as c', 'c.id', 'm.coaching_id')
        .selectAll('m')
        .where(activeConsent(consent))
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute();
    },
    /** Days and scores only: a check-in's note is private unless shared one by one. */
    checkinDays(consent: Consent) {
      return consentedCycles(consent)
        .innerJoin('daily_checkins as d', 'd.cycle_id', 'y.id')
        .select(['d.cycle_id', 'd.day'])
        .orderBy('d.day')
        .execute();
    },
    /** Which of these rounds asked this person (by the inbox their address reaches, or a stakeholder's address). */
    async roundsAsking(roundIds: readonly string[], inboxKey: string, email: string): Promise<Set<string>> {
      if (roundIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('round_invitations as i')
        .leftJoin('stakeholders as s', 's.id', 'i.stakeholder_id')
        .select('i.round_id')
        .where('i.round_id', 'in', [...roundIds])
        .where((eb) =>
          eb.or([
            eb('i.inbox_key', '=', inboxKey),
            eb('i.mailed_to', '=', email),
            eb(eb.fn('lower', ['s.email']), '=', email),
          ]),
        )
        .execute();
      return new Set(rows.map((row) => row.round_id));
    },

    async sharedItems(consent: Consent) {
      const shares = () =>
        db
          .selectFrom('coaching_shares as s')
          .innerJoin('coachings as c', 'c.id', 's.coaching_id')
          .where(activeConsent(consent));
      const reflections = await shares()
        .innerJoin('cycles as y', (join) =>
          join
            .onRef('y.id', '=', 's.item_ref')
            .onRef('y.leader_id', '=', 'c.leader_id')
            .onRef('y.workspace_id', '=', 'c.workspace_id'),
        )
        .select(['s.id', 's.item_ref as ref', 'y.goal as label', 'y.reflection as text'])
        .where('s.item_kind', '=', 'reflection')
        .where('y.reflection', 'is not', null)
        .execute();
      const relationshipNotes = await shares()
        .innerJoin('stakeholders as st', (join) =>
          join
            .onRef('st.id', '=', 's.item_ref')
            .onRef('st.leader_id', '=', 'c.leader_id')
            .onRef('st.workspace_id', '=', 'c.workspace_id'),
        )
        .innerJoin('relationship_notes as n', 'n.stakeholder_id', 'st.id')
        .select(['s.id', 's.item_ref as ref', 'st.relationship_group as label', 'n.note as text'])
        .where('s.item_kind', '=', 'relationship_note')
        .execute();
      const checkinNotes = await shares()
        .innerJoin('daily_checkins as d', (join) => join.on(checkinRef, '=', sql.ref('s.item_ref')))
        .innerJoin('cycles as y', (join) =>
          join
            .onRef('y.id', '=', 'd.cycle_id')
            .onRef('y.leader_id', '=', 'c.leader_id')
            .onRef('y.workspace_id', '=', 'c.workspace_id'),
        )
        .innerJoin('commitments as m', 'm.id', 'd.commitment_id')
        .select(['s.id', 's.item_ref as ref', 'm.action', 'd.day', 'd.note as text'])
        .where('s.item_kind', '=', 'checkin_note')
        .where('d.note', 'is not', null)
        .execute();
      return { reflections, relationshipNotes, checkinNotes };
    },

    /** The leader's own private items in a workspace, for them to choose what to share. */
    async privateItemsOfLeader(leaderId: string, workspaceId: string) {
      const reflections = await db
        .selectFrom('cycles')
        .select(['id', 'goal', 'reflection'])
        .where('leader_id', '=', leaderId)
        .where('workspace_id', '=', workspaceId)
        .where('reflection', 'is not', null)
        .execute();
      const relationshipNotes = await db
        .selectFrom('relationship_notes as n')
        .innerJoin('stakeholders as st', 'st.id', 'n.stakeholder_id')
        .select(['st.id', 'st.name', 'st.relationship_group', 'n.note'])
        .where('st.leader_id', '=', leaderId)
        .where('st.workspace_id', '=', workspaceId)
        .execute();
      const checkinNotes = await db
        .selectFrom('daily_checkins as d')
        .innerJoin('cycles as y', 'y.id', 'd.cycle_id')
        .innerJoin('commitments as m', 'm.id', 'd.commitment_id')
        .select([checkinRef.as('ref'), 'm.action', 'd.day', 'd.note'])
        .where('y.leader_id', '=', leaderId)
        .where('y.workspace_id', '=', workspaceId)
        .where('d.note', 'is not', null)
        .orderBy('d.day', 'desc')
        .limit(60)
        .execute();
      return { reflections, relationshipNotes, checkinNotes };
    },
  };
}
