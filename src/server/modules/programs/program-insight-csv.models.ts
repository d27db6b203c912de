import type { ProgramInsight } from '../../../shared/programs';
import { type ExportRow, toCsv } from '../data-rights/public.models';

const notEnough = 'not enough data';

/**
 * The same figures the insight page shows, nothing more: a suppressed figure is a row saying
 * "not enough data", never a number.
 */
export function programInsightCsv(insight: ProgramInsight): string {
  const rows: ExportRow[] = [];
  const row = (
    section: string,
    group: string,
    measure: string,
    value: number | string,
    leaders: number | null,
  ) => rows.push({ section, group, measure, value, leaders });
  const { participation } = insight;
  row('participation', 'program', 'invited', participation.invited, null);
  row('participation', 'program', 'enrolled', participation.enrolled, null);
  row('participation', 'program', 'removed', participation.removed, null);
  const view = insight.groups.length ? 'chosen groups' : 'program';
  if (insight.funnel.shown) {
    for (const stage of insight.funnel.stages)
      row('stage_funnel', view, `reached ${stage.stage}`, stage.reached, insight.funnel.leaders);
  } else row('stage_funnel', view, 'reached', notEnough, null);
  const rate = insight.followUpRate;
  row(
    'follow_up_rate',
    view,
    'share who followed up',
    rate.shown ? rate.share : notEnough,
    rate.shown ? rate.leaders : null,
  );
  for (const { label, figure } of insight.changeByGroup) {
    if (!figure.shown) {
      row('perceived_change', label, 'mean', notEnough, null);
      continue;
    }
    row('perceived_change', label, 'mean', figure.mean, figure.leaders);
    for (const bin of figure.bins) row('perceived_change', label, bin.label, bin.count, figure.leaders);
  }
  for (const { label, figure } of insight.followUpVsChange) {
    row(
      'follow_up_vs_change',
      label,
      'follow-up (0 never to 3 regularly)',
      figure.shown ? figure.followUp : notEnough,
      figure.shown ? figure.leaders : null,
    );
    row(
      'follow_up_vs_change',
      label,
      'perceived change (-3 to +3)',
      figure.shown ? figure.change : notEnough,
      figure.shown ? figure.leaders : null,
    );
  }
  return toCsv(rows);
}
