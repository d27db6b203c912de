import type { Database } from '../../db/database';
import type {
  AnnouncementsTable,
  CommitmentsTable,
  DailyCheckinsTable,
  DailyRemindersTable,
} from '../../db/schema';

export type CommitmentRow = CommitmentsTable;
export type AnnouncementRow = AnnouncementsTable;
export type CheckinRow = DailyCheckinsTable;
export type DailyReminderRow = DailyRemindersTable;

export function createPlansRepository({ db }: { db: Database }) {
  return {
    async insertCommitment(commitment: CommitmentRow): Promise<void> {
      await db.insertInto('commitments').values(commitment).execute();
    },
    findCommitment(id: string): Promise<CommitmentRow | undefined> {
      return db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listCommitments(cycleId: string): Promise<CommitmentRow[]> {
      return db
        .selectFrom('commitments')
        .selectAll()
        .where('cycle_id', '=', cycleId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },
    async countActiveCommitments(cycleId: string): Promise<number> {
      const row = await db
        .selectFrom('commitments')
        .select((eb) => eb.fn.countAll<string | number>().as('count'))
        .where('cycle_id', '=', cycleId)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
    async updateCommitment(
      id: string,
      changes: Partial<Omit<CommitmentRow, 'id' | 'cycle_id' | 'created_at'>>,
    ): Promise<void> {
      await db.updateTable('commitments').set(changes).where('id', '=', id).execute();
    },

    async insertAnnouncement(announcement: AnnouncementRow): Promise<void> {
      await db.insertInto('announcements').values(announcement).execute();
    },
    latestAnnouncement(cycleId: string): Promise<AnnouncementRow | undefined> {
      return db
        .selectFrom('announcements')
        .selectAll()
        .where('cycle_id', '=', cycleId)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    async updateDraftAnnouncement(
      id: string,
      changes: Pick<AnnouncementRow, 'subject' | 'body'>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('announcements')
        .set(changes)
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Marks a draft sent in one statement, so two clicks on "send" email the team once. */
    async markAnnouncementSent(id: string, recipientsCount: number, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('announcements')
        .set({ sent_at: now.toISOString(), recipients_count: recipientsCount })
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * The day's check-in, unless one recorded later on a device is already stored (at the same moment
     * the later arrival wins, as when editing online). Decided by the database in the one statement,
     * so two devices syncing at once cannot undo the newer one.
     */
    async upsertCheckin(checkin: CheckinRow & { recorded_at: string }): Promise<void> {
      await db
        .insertInto('daily_checkins')
        .values(checkin)
        .onConflict((conflict) =>
          conflict
            .columns(['commitment_id', 'day'])
            .doUpdateSet({
              score: checkin.score,
              note: checkin.note,
              sync_key: checkin.sync_key,
              recorded_at: checkin.recorded_at,
            })
            .where((eb) =>
              eb.or([
                eb('daily_checkins.recorded_at', 'is', null),
                eb('daily_checkins.recorded_at', '<=', checkin.recorded_at),
              ]),
            ),
        )
        .execute();
    },
    findCheckin(commitmentId: string, day: string): Promise<CheckinRow | undefined> {
      return db
        .selectFrom('daily_checkins')
        .selectAll()
        .where('commitment_id', '=', commitmentId)
        .where('day', '=', day)
        .executeTakeFirst();
    },
    findCheckinBySyncKey(syncKey: string): Promise<CheckinRow | undefined> {
      return db.selectFrom('daily_checkins').selectAll().where('sync_key', '=', syncKey).executeTakeFirst();
    },
    listCheckins(cycleId: string, from: string, to: string): Promise<CheckinRow[]> {
      return db
        .selectFrom('daily_checkins')
        .selectAll()
        .where('cycle_id', '=', cycleId)
        .where('day', '>=', from)
        .where('day', '<=', to)
        .orderBy('day')
        .orderBy('commitment_id')
        .execute();
    },

    findDailyReminder(cycleId: string): Promise<DailyReminderRow | undefined> {
      return db.selectFrom('daily_reminders').selectAll().where('cycle_id', '=', cycleId).executeTakeFirst();
    },
    async saveDailyReminder(row: Omit<DailyReminderRow, 'last_sent_on'>): Promise<void> {
      await db
        .insertInto('daily_reminders')
        .values({ ...row, last_sent_on: null })
        .onConflict((conflict) =>
          conflict.column('cycle_id').doUpdateSet({
            enabled: row.enabled,
            local_time: row.local_time,
            time_zone: row.time_zone,
            updated_at: row.updated_at,
            by_email: row.by_email,
            by_push: row.by_push,
          }),
        )
        .execute();
    },
    /** Claims the leader's local day for a reminder; false when that day already had one. */
    async claimReminderDay(cycleId: string, day: string): Promise<boolean> {
      const result = await db
        .updateTable('daily_reminders')
        .set({ last_sent_on: day })
        .where('cycle_id', '=', cycleId)
        .where('enabled', '=', 1)
        .where((eb) => eb.or([eb('last_sent_on', 'is', null), eb('last_sent_on', '<', day)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The leader's commitments, announcements, check-ins and reminders in all cycles (for the data export). */
    async listPracticeOfLeader(leaderId: string) {
      const cycleIds = db.selectFrom('cycles').select('id').where('leader_id', '=', leaderId);
      return {
        commitments: await db
          .selectFrom('commitments')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .orderBy('created_at')
          .execute(),
        announcements: await db
          .selectFrom('announcements')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .orderBy('created_at')
          .execute(),
        dailyCheckins: await db
          .selectFrom('daily_checkins')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .orderBy('day')
          .execute(),
        dailyReminders: await db
          .selectFrom('daily_reminders')
          .selectAll()
          .where('cycle_id', 'in', cycleIds)
          .execute(),
      };
    },
  };
}
