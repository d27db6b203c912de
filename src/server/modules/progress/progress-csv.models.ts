import type { CycleProgress } from '../../../shared/progress';
import { type ExportRow, toCsv } from '../data-rights/public.models';

const hidden = 'hidden: fewer than k ratings';
const columns = [
  'section',
  'date',
  'round_id',
  'subject',
  'n',
  'mean',
  'share_improved',
  'real_progress',
  'check_ins',
  'status',
] as const;

/**
 * The leader's progress as a spreadsheet: one row per released figure and per week of effort.
 * Only what the progress page shows goes in; a hidden figure is a row that says so, not a number.
 */
export function progressCsv(progress: CycleProgress): string {
  const actionOf = new Map(progress.commitments.map((c) => [c.id, c.action]));
  const rows: ExportRow[] = [];
  // Every row carries every column, in one order, so the header never depends on the data.
  const row = (values: ExportRow): ExportRow => ({
    ...Object.fromEntries(columns.map((column) => [column, null])),
    status: 'shown',
    ...values,
  });
  for (const point of progress.miniSurveys) {
    const section = 'mini_survey';
    const at = { section, date: point.date, round_id: point.roundId };
    if (!point.released) {
      rows.push(row({ ...at, subject: 'all commitments', status: 'not released: fewer than k answers' }));
      continue;
    }
    const figures = [
      { subject: 'all commitments', figure: point.overall },
      ...point.byCommitment.map(({ commitmentId, figure }) => ({
        subject: actionOf.get(commitmentId) ?? commitmentId,
        figure,
      })),
    ];
    for (const { subject, figure } of figures) {
      rows.push(
        figure
          ? row({
              ...at,
              subject,
              n: figure.n,
              mean: figure.mean,
              share_improved: figure.shareImproved,
              real_progress: figure.realProgress,
            })
          : row({ ...at, subject, status: hidden }),
      );
    }
  }
  for (const week of progress.effort.weeks) {
    rows.push(
      row({
        section: 'daily_effort',
        date: week.weekStart,
        subject: week.isoWeek,
        mean: week.average,
        check_ins: week.checkIns,
        status: week.average === null ? 'no check-ins' : 'shown',
      }),
    );
  }
  for (const behavior of progress.selfVsOthers.behaviors) {
    const at = {
      section: 'self_vs_others',
      round_id: progress.selfVsOthers.roundId,
      subject: behavior.behaviorText,
    };
    rows.push(
      behavior.self === null
        ? row({ ...at, status: 'self: not rated' })
        : row({ ...at, n: 1, mean: behavior.self, status: 'self' }),
    );
    rows.push(
      behavior.others
        ? row({ ...at, n: behavior.others.n, mean: behavior.others.mean, status: 'others' })
        : row({ ...at, status: `others ${hidden}` }),
    );
  }
  return rows.length > 0 ? toCsv(rows) : `${columns.join(',')}\r\n`;
}
