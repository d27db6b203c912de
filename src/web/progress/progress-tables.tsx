// i18n: not yet translated
import { commitmentSentence } from '../../shared/commitment-sentence';
import type { CycleProgress } from '../../shared/progress';
import { formatDayWithYear } from '../cycles/day';
import { formatChange, formatEffort, formatShare } from '../follow-up/follow-up-data';
import { TableScroll } from './table-scroll';

type TableProps = { progress: CycleProgress; kOf: (roundId: string) => number };

export const commitmentText = (progress: CycleProgress, commitmentId: string) => {
  const commitment = progress.commitments.find((candidate) => candidate.id === commitmentId);
  return commitment ? commitmentSentence(commitment) : 'A retired behavior';
};

/** Every mini-survey figure, per round and per behavior; hidden figures say why. */
export function ChangeTable({ progress, kOf }: TableProps) {
  return (
    <TableScroll label="Mini-survey figures">
      <table className="data-table change-table">
        <caption className="visually-hidden">Perceived change per mini-survey and behavior</caption>
        <thead>
          <tr>
            <th scope="col">Closed</th>
            <th scope="col">Behavior</th>
            <th scope="col">Mean (−3 to +3)</th>
            <th scope="col">At +1 or better</th>
            <th scope="col">Ratings</th>
            <th scope="col">Real progress</th>
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
                  <td colSpan={5}>
                    Not shown: {survey.responseCount} answered, fewer than {k}.
                  </td>
                </tr>,
              ];
            }
            const rows = [
              { id: 'all', label: 'All behaviors', figure: survey.overall },
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
                    <td>{figure.realProgress ? 'Yes' : 'Not yet'}</td>
                  </>
                ) : (
                  <td colSpan={4}>Hidden: fewer than {k} people rated it</td>
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
  return (
    <TableScroll label="Weekly effort">
      <table className="data-table">
        <caption className="visually-hidden">Your daily effort, averaged per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Average effort (1 to 10)</th>
            <th scope="col">Days answered</th>
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
