// i18n: not yet translated
import { Link, useLoaderData } from 'react-router';
import type { RoundKind } from '../../shared/cycles';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { cyclePath } from '../cycles/cycle-data';
import { formatDayWithYear } from '../cycles/day';
import { roundKindLabel } from '../cycles/round-list';
import { formatChange, formatEffort, formatShare, progressPath } from '../follow-up/follow-up-data';
import { formatDate, formatDateRange } from '../format';
import { ProgressChart } from '../progress/progress-chart';
import { commitmentText } from '../progress/progress-tables';
import { TableScroll } from '../progress/table-scroll';
import { kOfRounds, type ProgressData, progressLoader } from './progress';

export const reportLoader = progressLoader;

const kindLabel = (kind: string) => roundKindLabel(kind as RoundKind);

/** One page to print or save as PDF: the cycle from goal to reflection, figures only as released. */
export function ReportPage() {
  const { progress, cycle, workspace } = useLoaderData() as ProgressData;
  useDocumentTitle('Growth cycle report');
  const kOf = kOfRounds(cycle);
  const surveys = new Map(progress.miniSurveys.map((survey) => [survey.roundId, survey]));
  const weeks = progress.effort.weeks.filter((week) => week.average !== null);
  const answeredOf = (roundId: string) => {
    const summary = cycle.rounds.find((round) => round.id === roundId);
    return summary ? `${summary.responseCount} of ${summary.invitedCount} answered` : '';
  };

  return (
    <article className="page report" aria-labelledby="report-title">
      <div className="button-row no-print">
        <Button onClick={() => window.print()}>Print</Button>
        <Link className="button button-secondary" to={progressPath(cycle.id)}>
          Back to your progress
        </Link>
        <Link className="button button-quiet" to={cyclePath(cycle.id)}>
          Back to the cycle
        </Link>
      </div>
      <header className="report-header">
        <p className="eyebrow">Growth cycle report · {workspace.name}</p>
        <h1 id="report-title">Growth cycle report</h1>
        <p className="report-dates">
          Started {formatDate(progress.cycle.createdAt)}
          {progress.cycle.closedAt ? ` · closed ${formatDate(progress.cycle.closedAt)}` : ' · in progress'}
        </p>
      </header>

      <section className="report-section" aria-labelledby="report-goal">
        <h2 id="report-goal">Goal</h2>
        <p className="report-lead">{progress.cycle.goal}</p>
        <dl className="facts">
          <div>
            <dt>Capability</dt>
            <dd>{progress.competency.name}</dd>
          </div>
          <div>
            <dt>Where it started</dt>
            <dd>{progress.cycle.problem}</dd>
          </div>
        </dl>
      </section>

      <section className="report-section" aria-labelledby="report-commitments">
        <h2 id="report-commitments">Commitments</h2>
        {progress.commitments.length === 0 ? (
          <p className="muted">No commitments were made.</p>
        ) : (
          <ul className="report-list">
            {progress.commitments.map((commitment) => (
              <li key={commitment.id}>
                {commitmentText(progress, commitment.id)}
                {commitment.status === 'retired' ? <span className="muted"> (retired)</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-rounds">
        <h2 id="report-rounds">Rounds</h2>
        <TableScroll label="Table of rounds">
          <table className="data-table">
            <caption className="visually-hidden">Every round of the cycle with its headline figure</caption>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Dates</th>
                <th scope="col">Headline</th>
              </tr>
            </thead>
            <tbody>
              {progress.rounds.map((round) => {
                const survey = surveys.get(round.id);
                return (
                  <tr key={round.id}>
                    <th scope="row">{kindLabel(round.kind)}</th>
                    <td>
                      {round.closedAt
                        ? formatDateRange(round.openedAt, round.closedAt)
                        : `${formatDate(round.openedAt)} – open until ${formatDayWithYear(round.closesOn)}`}
                    </td>
                    <td>
                      {survey?.overall
                        ? `${formatChange(survey.overall.mean)} mean · ${formatShare(survey.overall.shareImproved)} at +1 or better${survey.overall.realProgress ? ' · real progress' : ''}`
                        : survey && !survey.released
                          ? `Not shown: fewer than ${kOf(round.id)} answers`
                          : round.status === 'open'
                            ? 'Still open'
                            : round.kind === 'mini_survey'
                              ? `Hidden: fewer than ${kOf(round.id)} ratings`
                              : answeredOf(round.id)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {progress.miniSurveys.some((survey) => survey.overall) ? (
        <section className="report-section" aria-labelledby="report-trend">
          <h2 id="report-trend">Trend</h2>
          <ProgressChart progress={progress} />
        </section>
      ) : null}

      <section className="report-section" aria-labelledby="report-effort">
        <h2 id="report-effort">Daily effort per week</h2>
        {weeks.length === 0 ? (
          <p className="muted">No daily questions were answered.</p>
        ) : (
          <ul className="report-weeks">
            {weeks.map((week) => (
              <li key={week.weekStart}>
                <span>Week of {formatDayWithYear(week.weekStart)}</span>
                <strong>{formatEffort(week.average ?? 0)} / 10</strong>
                <span className="muted">{week.checkIns} days</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-reflection">
        <h2 id="report-reflection">Reflection</h2>
        {progress.cycle.reflection ? (
          <blockquote className="quote">{progress.cycle.reflection}</blockquote>
        ) : (
          <p className="muted">Written when the cycle is closed.</p>
        )}
      </section>
    </article>
  );
}
