// i18n: not yet translated
import { Link, useLoaderData } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { cyclePath, cyclesPath, workspacePath } from '../cycles/cycle-data';
import { ClosedCycleNote } from '../plans/closed-cycle-note';
import { planPath } from '../plans/plan-data';
import { DailyQuestionsSection } from '../practice/daily-questions-section';
import { loadPracticePage, type PracticePageData } from '../practice/practice-data';
import { PracticeHistory } from '../practice/practice-history';
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
  const closed = cycle.closedAt !== null;
  const title = closed ? 'Your practice' : 'Daily questions';
  useDocumentTitle(title);
  const active = commitments.filter((commitment) => commitment.status === 'active');

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: 'Growth cycles' },
          { to: cyclePath(cycle.id), label: cycle.competency.name },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{cycle.competency.name}</p>
        <h1>{title}</h1>
        <p className="lead">
          {closed
            ? 'The effort you scored in this cycle, day by day and week by week.'
            : 'A minute a day. Score your effort, not how things turned out.'}
        </p>
      </div>

      {closed ? (
        <ClosedCycleNote cycle={cycle}>
          {/* The reminder job skips closed cycles, so an enabled reminder has simply stopped. */}
          {reminder.enabled && mail.emailCanBeSent ? <p>No more daily reminders are sent for it.</p> : null}
        </ClosedCycleNote>
      ) : null}

      {active.length === 0 ? (
        <section className="card section" aria-labelledby="no-behaviors-heading">
          <h2 id="no-behaviors-heading">{closed ? 'Nothing was practiced' : 'Nothing to practice yet'}</h2>
          {closed ? (
            <p>This cycle closed without behaviors to practice.</p>
          ) : (
            <>
              <EmptyState title="No behaviors to practice">
                <p>Your daily questions come from the behaviors you commit to.</p>
              </EmptyState>
              <div className="button-row">
                <Link className="button button-primary" to={planPath(cycle.id)}>
                  Write your behaviors
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
          <h2 id="reminder-heading">Daily reminder</h2>
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
          {closed ? 'See your plan' : 'Change your behaviors'}
        </Link>
      </p>
    </div>
  );
}
