import { useState } from 'react';
import { Link, useLoaderData } from 'react-router';
import { checkinDaysBack } from '../../shared/plans';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { SelectField } from '../components/form-field';
import { cyclePath, cyclesPath, workspacePath } from '../cycles/cycle-data';
import { commitmentSentence, planPath } from '../plans/plan-data';
import { DailyQuestion } from '../practice/daily-question';
import { EffortHeatmap } from '../practice/effort-heatmap';
import {
  addDays,
  dayPhrase,
  formatLongDay,
  loadPracticePage,
  type PracticePageData,
} from '../practice/practice-data';
import { ReminderForm } from '../practice/reminder-form';
import { WeeklyEffortList } from '../practice/weekly-effort';

export { practiceAction } from '../practice/practice-actions';

export function practiceLoader({ request, params }: { request: Request; params: { cycleId?: string } }) {
  return loadPracticePage(request, params.cycleId ?? '');
}

/** Practice: the daily questions in under a minute, the weeks behind them, and a reminder. */
export function PracticePage() {
  const { cycle, workspace, commitments, range, reminder } = useLoaderData() as PracticePageData;
  useDocumentTitle('Daily questions');
  const active = commitments.filter((commitment) => commitment.status === 'active');
  const [day, setDay] = useState(range.today);
  const days = Array.from({ length: checkinDaysBack + 1 }, (_, index) => addDays(range.today, -index));
  const checkinOf = (commitmentId: string) =>
    range.checkins.find((checkin) => checkin.commitmentId === commitmentId && checkin.day === day);

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Workspaces</Link>
        <span aria-hidden="true"> / </span>
        <Link to={workspacePath(workspace.id)}>{workspace.name}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={cyclesPath(workspace.id)}>Growth cycles</Link>
        <span aria-hidden="true"> / </span>
        <Link to={cyclePath(cycle.id)}>{cycle.competency.name}</Link>
      </nav>
      <div className="page-heading">
        <p className="eyebrow">{cycle.competency.name}</p>
        <h1>Daily questions</h1>
        <p className="lead">A minute a day. Score your effort, not how things turned out.</p>
      </div>

      {active.length === 0 ? (
        <section className="card section" aria-labelledby="no-behaviors-heading">
          <h2 id="no-behaviors-heading">Nothing to practice yet</h2>
          <EmptyState title="No behaviors to practice">
            <p>Your daily questions come from the behaviors you commit to.</p>
          </EmptyState>
          <div className="button-row">
            <Link className="button button-primary" to={planPath(cycle.id)}>
              Write your behaviors
            </Link>
          </div>
        </section>
      ) : (
        <>
          <section className="card section next-step" aria-labelledby="today-heading">
            <div className="section-heading section-heading-split daily-heading">
              <h2 id="today-heading">{day === range.today ? 'Today' : formatLongDay(day)}</h2>
              <SelectField
                label="Day"
                name="day"
                value={day}
                onChange={(event) => setDay(event.target.value)}
                className="day-select"
              >
                {days.map((option) => (
                  <option key={option} value={option}>
                    {option === range.today ? 'Today' : dayPhrase(option, range.today).replace(/^on /, '')}
                  </option>
                ))}
              </SelectField>
            </div>
            <p className="muted">
              One tap saves. A hard day you tried your best on is a 10; a quiet day you let slip is not.
            </p>
            <ul className="daily-list" aria-label="Daily questions">
              {active.map((commitment) => (
                <DailyQuestion
                  key={`${commitment.id}-${day}`}
                  commitment={commitment}
                  day={day}
                  today={range.today}
                  checkin={checkinOf(commitment.id)}
                />
              ))}
            </ul>
          </section>

          <section className="card section" aria-labelledby="weeks-heading">
            <h2 id="weeks-heading">Your last eight weeks</h2>
            <p className="muted">Each square is a day; the darker, the more effort you scored.</p>
            {active.map((commitment) => (
              <div key={commitment.id} className="heatmap-section">
                <h3>{commitmentSentence(commitment)}</h3>
                <EffortHeatmap
                  commitment={commitment}
                  checkins={range.checkins}
                  from={range.from}
                  to={range.to}
                />
              </div>
            ))}
          </section>

          <section className="card section" aria-labelledby="weekly-heading">
            <h2 id="weekly-heading">Weekly average effort</h2>
            <p className="muted">All your behaviors together, from 1 to 10.</p>
            <WeeklyEffortList weeks={range.dailyEffortByWeek} />
          </section>
        </>
      )}

      <section className="card section" aria-labelledby="reminder-heading">
        <h2 id="reminder-heading">Daily reminder</h2>
        <ReminderForm reminder={reminder} />
      </section>

      <p>
        <Link to={planPath(cycle.id)}>Change your behaviors</Link>
      </p>
    </div>
  );
}
