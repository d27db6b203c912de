import { Link, useLoaderData } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { cyclePath, cyclesPath, workspacePath } from '../cycles/cycle-data';
import { competencyInUiLanguage } from '../framework/default-framework-language';
import { useUiLanguage } from '../i18n/ui-language';
import { ClosedCycleNote } from '../plans/closed-cycle-note';
import { planPath } from '../plans/plan-data';
import { DailyQuestionsSection } from '../practice/daily-questions-section';
import { loadPracticePage, type PracticePageData } from '../practice/practice-data';
import { PracticeHistory } from '../practice/practice-history';
import { usePracticeText } from '../practice/practice-text';
import { PushSection } from '../practice/push-section';
import { ReminderForm } from '../practice/reminder-form';

export { practiceAction, practiceShouldRevalidate } from '../practice/practice-actions';

export function practiceLoader({ request, params }: { request: Request; params: { cycleId?: string } }) {
  return loadPracticePage(request, params.cycleId ?? '');
}

/**
 * Practice: the daily questions in under a minute, the weeks behind them, and a reminder. Once the
 * cycle is closed only the weeks remain, as history.
 */
export function PracticePage() {
  const { cycle, workspace, commitments, range, reminder, mail, push } = useLoaderData() as PracticePageData;
  const t = usePracticeText();
  const competency = competencyInUiLanguage(cycle.competency, useUiLanguage());
  const closed = cycle.closedAt !== null;
  const title = t(closed ? 'page.yourPractice' : 'page.dailyQuestions');
  useDocumentTitle(title);
  const active = commitments.filter((commitment) => commitment.status === 'active');

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: t('page.growthCycles') },
          { to: cyclePath(cycle.id), label: competency.name },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{competency.name}</p>
        <h1>{title}</h1>
        <p className="lead">{t(closed ? 'page.closedLead' : 'page.lead')}</p>
      </div>

      {closed ? (
        <ClosedCycleNote cycle={cycle}>
          {/* The reminder job skips closed cycles, so an enabled reminder has simply stopped. */}
          {reminder.enabled && mail.emailCanBeSent ? <p>{t('page.noMoreReminders')}</p> : null}
        </ClosedCycleNote>
      ) : null}

      {active.length === 0 ? (
        <section className="card section" aria-labelledby="no-behaviors-heading">
          <h2 id="no-behaviors-heading">{t(closed ? 'page.nothingPracticed' : 'page.nothingYet')}</h2>
          {closed ? (
            <p>{t('page.closedWithout')}</p>
          ) : (
            <>
              <EmptyState title={t('page.noBehaviors')}>
                <p>{t('page.questionsFrom')}</p>
              </EmptyState>
              <div className="button-row">
                <Link className="button button-primary" to={planPath(cycle.id)}>
                  {t('page.writeBehaviors')}
                </Link>
              </div>
            </>
          )}
        </section>
      ) : (
        <>
          {closed ? null : <DailyQuestionsSection active={active} range={range} />}
          <PracticeHistory active={active} range={range} closed={closed} />
        </>
      )}

      {closed ? null : (
        <section className="card section" aria-labelledby="reminder-heading">
          <h2 id="reminder-heading">{t('page.reminder')}</h2>
          <ReminderForm
            reminder={reminder}
            emailCanBeSent={mail.emailCanBeSent}
            pushDevices={push.devices.length}
          />
        </section>
      )}
      {closed ? null : <PushSection push={push} />}

      <p>
        <Link to={planPath(cycle.id)} className="link-target">
          {t(closed ? 'page.seePlan' : 'page.changeBehaviors')}
        </Link>
      </p>
    </div>
  );
}
