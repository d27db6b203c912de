import { Link, useLoaderData } from 'react-router';
import type { RoundKind } from '../../shared/cycles';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { cyclePath } from '../cycles/cycle-data';
import { formatDayWithYear } from '../cycles/day';
import { roundKindLabel } from '../cycles/round-list';
import { formatChange, formatEffort, formatShare, progressPath } from '../follow-up/follow-up-data';
import { formatDate, formatDateRange } from '../format';
import { competencyInUiLanguage } from '../framework/default-framework-language';
import { useUiLanguage } from '../i18n/ui-language';
import { ProgressChart } from '../progress/progress-chart';
import { commitmentText } from '../progress/progress-tables';
import { useProgressText } from '../progress/progress-text';
import { TableScroll } from '../progress/table-scroll';
import { kOfRounds, type ProgressData, progressLoader } from './progress';

export const reportLoader = progressLoader;

const kindLabel = (kind: string) => roundKindLabel(kind as RoundKind);

/** One page to print or save as PDF: the cycle from goal to reflection, figures only as released. */
export function ReportPage() {
  const { progress, cycle, workspace } = useLoaderData() as ProgressData;
  const competency = competencyInUiLanguage(progress.competency, useUiLanguage());
  const t = useProgressText();
  useDocumentTitle(t('report.title'));
  const kOf = kOfRounds(cycle);
  const surveys = new Map(progress.miniSurveys.map((survey) => [survey.roundId, survey]));
  const weeks = progress.effort.weeks.filter((week) => week.average !== null);
  const answeredOf = (roundId: string) => {
    const summary = cycle.rounds.find((round) => round.id === roundId);
    return summary
      ? t('report.answered', { answered: summary.responseCount, invited: summary.invitedCount })
      : '';
  };

  return (
    <article className="page report" aria-labelledby="report-title">
      <div className="button-row no-print">
        <Button onClick={() => window.print()}>{t('report.print')}</Button>
        <Link className="button button-secondary" to={progressPath(cycle.id)}>
          {t('report.backToProgress')}
        </Link>
        <Link className="button button-quiet" to={cyclePath(cycle.id)}>
          {t('report.backToCycle')}
        </Link>
      </div>
      <header className="report-header">
        <p className="eyebrow">{t('report.eyebrow', { workspace: workspace.name })}</p>
        <h1 id="report-title">{t('report.title')}</h1>
        <p className="report-dates">
          {progress.cycle.closedAt
            ? t('report.startedAndClosed', {
                started: formatDate(progress.cycle.createdAt),
                closed: formatDate(progress.cycle.closedAt),
              })
            : t('report.startedInProgress', { started: formatDate(progress.cycle.createdAt) })}
        </p>
      </header>

      <section className="report-section" aria-labelledby="report-goal">
        <h2 id="report-goal">{t('report.goal')}</h2>
        <p className="report-lead">{progress.cycle.goal}</p>
        <dl className="facts">
          <div>
            <dt>{t('report.capability')}</dt>
            <dd>{competency.name}</dd>
          </div>
          <div>
            <dt>{t('report.started')}</dt>
            <dd>{progress.cycle.problem}</dd>
          </div>
        </dl>
      </section>

      <section className="report-section" aria-labelledby="report-commitments">
        <h2 id="report-commitments">{t('report.commitments')}</h2>
        {progress.commitments.length === 0 ? (
          <p className="muted">{t('report.noCommitments')}</p>
        ) : (
          <ul className="report-list">
            {progress.commitments.map((commitment) => (
              <li key={commitment.id}>
                {commitmentText(progress, commitment.id)}
                {commitment.status === 'retired' ? (
                  <span className="muted">{t('report.retired')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-rounds">
        <h2 id="report-rounds">{t('report.rounds')}</h2>
        <TableScroll label={t('report.roundsTable')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('report.roundsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.round')}</th>
                <th scope="col">{t('report.dates')}</th>
                <th scope="col">{t('report.headline')}</th>
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
                        : t('report.openUntil', {
                            opened: formatDate(round.openedAt),
                            closes: formatDayWithYear(round.closesOn),
                          })}
                    </td>
                    <td>
                      {survey?.overall
                        ? t(survey.overall.realProgress ? 'report.headlineReal' : 'report.headlineMean', {
                            mean: formatChange(survey.overall.mean),
                            share: formatShare(survey.overall.shareImproved),
                          })
                        : survey && !survey.released
                          ? t('report.notShown', { k: kOf(round.id) })
                          : round.status === 'open'
                            ? t('report.stillOpen')
                            : round.kind === 'mini_survey'
                              ? t('report.hidden', { k: kOf(round.id) })
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
          <h2 id="report-trend">{t('report.trend')}</h2>
          <ProgressChart progress={progress} />
        </section>
      ) : null}

      <section className="report-section" aria-labelledby="report-effort">
        <h2 id="report-effort">{t('effortPerWeek')}</h2>
        {weeks.length === 0 ? (
          <p className="muted">{t('report.noEffort')}</p>
        ) : (
          <ul className="report-weeks">
            {weeks.map((week) => (
              <li key={week.weekStart}>
                <span>{t('report.weekOf', { day: formatDayWithYear(week.weekStart) })}</span>
                <strong>{t('report.effort', { effort: formatEffort(week.average ?? 0) })}</strong>
                <span className="muted">{t('report.days', { count: week.checkIns })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-reflection">
        <h2 id="report-reflection">{t('report.reflection')}</h2>
        {progress.cycle.reflection ? (
          <blockquote className="quote">{progress.cycle.reflection}</blockquote>
        ) : (
          <p className="muted">{t('report.noReflection')}</p>
        )}
      </section>
    </article>
  );
}
