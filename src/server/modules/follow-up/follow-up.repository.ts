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
    /** Cycles still running whose listening round has closed: the only ones with follow-up to do. */
    async listCyclesInFollowUp(): Promise<string[]> {
      const rows = await db
        .selectFrom('cycles')
        .innerJoin('rounds', 'rounds.cycle_id', 'cycles.id')
        .select('cycles.id')
        .distinct()
        .where('rounds.kind', '=', 'listening')
        .where('rounds.status', '=', 'closed')
        .where('cycles.stage', '!=', 'done')
        .execute();
      return rows.map((row) => row.id);
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
