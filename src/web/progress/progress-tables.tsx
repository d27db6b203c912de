import { commitmentSentence } from '../../shared/commitment-sentence';
import type { CycleProgress } from '../../shared/progress';
import { formatDayWithYear } from '../cycles/day';
import { formatChange, formatEffort, formatShare } from '../follow-up/follow-up-data';
import { progressText, useProgressText } from './progress-text';
import { TableScroll } from './table-scroll';

type TableProps = { progress: CycleProgress; kOf: (roundId: string) => number };

export const commitmentText = (progress: CycleProgress, commitmentId: string) => {
  const commitment = progress.commitments.find((candidate) => candidate.id === commitmentId);
  return commitment ? commitmentSentence(commitment) : progressText('retiredBehavior');
};

/** Every mini-survey figure, per round and per behavior; hidden figures say why. */
export function ChangeTable({ progress, kOf }: TableProps) {
  const t = useProgressText();
  return (
    <TableScroll label={t('changeTable.label')}>
      <table className="data-table change-table">
        <caption className="visually-hidden">{t('changeTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('changeTable.closed')}</th>
            <th scope="col">{t('changeTable.behavior')}</th>
            <th scope="col">{t('changeTable.mean')}</th>
            <th scope="col">{t('changeTable.atPlusOne')}</th>
            <th scope="col">{t('changeTable.ratings')}</th>
            <th scope="col">{t('changeTable.realProgress')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.miniSurveys.flatMap((survey) => {
            const date = formatDayWithYear(survey.date);
            const k = kOf(survey.roundId);
            if (!survey.released) {
              return [
                <tr key={survey.roundId}>
                  <th scope="row">{date}</th>
                  <td colSpan={5}>{t('changeTable.notShown', { answered: survey.responseCount, k })}</td>
                </tr>,
              ];
            }
            const rows = [
              { id: 'all', label: t('changeTable.allBehaviors'), figure: survey.overall },
              ...survey.byCommitment.map(({ commitmentId, figure }) => ({
                id: commitmentId,
                label: commitmentText(progress, commitmentId),
                figure,
              })),
            ];
            return rows.map(({ id, label, figure }) => (
              <tr key={`${survey.roundId}-${id}`}>
                <th scope="row">{date}</th>
                <td>{label}</td>
                {figure ? (
                  <>
                    <td>{formatChange(figure.mean)}</td>
                    <td>{formatShare(figure.shareImproved)}</td>
                    <td>{figure.n}</td>
                    <td>{figure.realProgress ? t('changeTable.yes') : t('changeTable.notYet')}</td>
                  </>
                ) : (
                  <td colSpan={4}>{t('changeTable.hidden', { k })}</td>
                )}
              </tr>
            ));
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function EffortTable({ progress }: { progress: CycleProgress }) {
  const t = useProgressText();
  return (
    <TableScroll label={t('effortTable.label')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('effortTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('effortTable.weekOf')}</th>
            <th scope="col">{t('effortTable.average')}</th>
            <th scope="col">{t('effortTable.days')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.effort.weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatDayWithYear(week.weekStart)}</th>
              <td>{week.average === null ? '—' : formatEffort(week.average)}</td>
              <td>{week.checkIns}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
