import type { Database } from '../../db/database';
import type { FollowUpSettingsTable } from '../../db/schema';

export type FollowUpSettingsRow = FollowUpSettingsTable;

export function createFollowUpRepository({ db }: { db: Database }) {
  return {
    findSettings(cycleId: string): Promise<FollowUpSettingsRow | undefined> {
      return db
        .selectFrom('follow_up_settings')
        .selectAll()
        .where('cycle_id', '=', cycleId)
        .executeTakeFirst();
    },
    async saveInterval(cycleId: string, days: number, now: Date): Promise<void> {
      await db
        .insertInto('follow_up_settings')
        .values({
          cycle_id: cycleId,
          mini_survey_interval_days: days,
          mini_survey_prompted_for: null,
          updated_at: now.toISOString(),
        })
        .onConflict((conflict) =>
          conflict
            .column('cycle_id')
            .doUpdateSet({ mini_survey_interval_days: days, updated_at: now.toISOString() }),
        )
        .execute();
    },
    /** The cadence a program's new cycle inherits (decision 0042). */
    async saveCadence(
      cycleId: string,
      miniSurveyDays: number,
      checkInDays: number,
      now: Date,
    ): Promise<void> {
      await db
        .insertInto('follow_up_settings')
        .values({
          cycle_id: cycleId,
          mini_survey_interval_days: miniSurveyDays,
          check_in_interval_days: checkInDays,
          mini_survey_prompted_for: null,
          updated_at: now.toISOString(),
        })
        .execute();
    },
    /**
     * Claims the prompt for one due day in one statement: true once per cycle and due day, however
     * many processes try, so the leader never gets the same reminder twice.
     */
    async claimMiniSurveyPrompt(cycleId: string, dueOn: string, defaultDays: number, now: Date) {
      await db
        .insertInto('follow_up_settings')
        .values({
          cycle_id: cycleId,
          mini_survey_interval_days: defaultDays,
          mini_survey_prompted_for: null,
          updated_at: now.toISOString(),
        })
        .onConflict((conflict) => conflict.column('cycle_id').doNothing())
        .execute();
      const result = await db
        .updateTable('follow_up_settings')
        .set({ mini_survey_prompted_for: dueOn })
        .where('cycle_id', '=', cycleId)
        .where((eb) =>
          eb.or([eb('mini_survey_prompted_for', 'is', null), eb('mini_survey_prompted_for', '<', dueOn)]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /**
     * Marks every cycle whose look is due (decision 0055) with this sweep's `now`, in one indexed
     * statement, and names them. A fact that changes meanwhile overwrites the mark (migration 0037's
     * triggers), so `finishLooks` then leaves the cycle for the next sweep instead of storing a
     * moment worked out from the facts before.
     */
    async startLooks(now: Date): Promise<string[]> {
      const mark = now.toISOString();
      const rows = await db
        .updateTable('cycles')
        .set({ follow_up_check_at: mark })
        .where('follow_up_check_at', '<=', mark)
        .returning('id')
        .execute();
      return rows.map((row) => row.id);
    },
    /** Stores when the sweep next looks at each cycle, unless a fact changed since it was marked. */
    async finishLooks(now: Date, looks: { cycleId: string; nextLookAt: Date | null }[]): Promise<void> {
      for (const { cycleId, nextLookAt } of looks)
        await db
          .updateTable('cycles')
          .set({ follow_up_check_at: nextLookAt?.toISOString() ?? null })
          .where('id', '=', cycleId)
          .where('follow_up_check_at', '=', now.toISOString())
          .execute();
    },

    /** The follow-up settings of every cycle of the leader (for the data export). */
    listSettingsOfLeader(leaderId: string): Promise<FollowUpSettingsRow[]> {
      return db
        .selectFrom('follow_up_settings')
        .selectAll()
        .where('cycle_id', 'in', db.selectFrom('cycles').select('id').where('leader_id', '=', leaderId))
        .execute();
    },
  };
}
