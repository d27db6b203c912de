// i18n: not yet translated
import type { FetcherWithComponents } from 'react-router';
import { Link } from 'react-router';
import type { CycleDetail } from '../../shared/cycles';
import { miniSurveyIntervalLimits } from '../../shared/follow-up';
import type { Locale } from '../../shared/i18n/locales';
import type { Stakeholder } from '../../shared/stakeholders';
import { Button } from '../components/button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { AddToCalendar } from '../cycles/add-to-calendar';
import { type CycleActionResult, cycleIntents } from '../cycles/cycle-actions';
import { formatDay } from '../cycles/day';
import { errorsOf } from '../forms';
import { planPath } from '../plans/plan-data';
import { type FollowUp, progressPath } from './follow-up-data';
import { FollowUpRoundForm } from './follow-up-round-form';

type FollowUpSectionProps = {
  cycle: CycleDetail;
  followUp: FollowUp;
  stakeholders: Stakeholder[];
  k: number;
  defaultLanguage: Locale;
  roundFetcher: FetcherWithComponents<CycleActionResult>;
  settingsFetcher: FetcherWithComponents<CycleActionResult>;
};

/**
 * After listening: the monthly check-in and the mini-survey schedule. The prompt speaks up when a
 * check-in is due; before that the same form waits behind a disclosure for a leader who wants to ask early.
 */
export function FollowUpSection(props: FollowUpSectionProps) {
  const { cycle, followUp, stakeholders, k, defaultLanguage, roundFetcher, settingsFetcher } = props;
  if (followUp.nextCheckInOn === null || followUp.roundOpen) return null;
  const due = followUp.checkInDue || followUp.miniSurveyDue;
  const form = (
    <FollowUpRoundForm
      competency={cycle.competency}
      stakeholders={stakeholders}
      suggested={followUp.suggestedStakeholderIds}
      k={k}
      defaultLanguage={defaultLanguage}
      activeCommitments={followUp.activeCommitments}
      initialKind={followUp.miniSurveyDue ? 'mini_survey' : 'pulse'}
      fetcher={roundFetcher}
    />
  );
  return (
    <section className={due ? 'card section next-step' : 'card section'} aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{due ? 'Time to follow up' : 'Follow up'}</h2>
      {followUp.miniSurveyDue ? (
        <p className="lead-small">
          Your mini-survey is due: ask the same people whether they see you becoming more or less effective at
          the behaviors you practice.
        </p>
      ) : followUp.checkInDue ? (
        <p className="lead-small">
          About a month has passed — ask the same people what progress they've seen and what to do next.
        </p>
      ) : (
        <p>
          Perception changes when people are asked again. Your next check-in is due on{' '}
          <strong>{formatDay(followUp.nextCheckInOn)}</strong>.{' '}
          <AddToCalendar cycleId={cycle.id} kind="monthly-check-in" what="the check-in" />
        </p>
      )}
      <FollowUpSchedule followUp={followUp} cycleId={cycle.id} fetcher={settingsFetcher} />
      {due ? (
        form
      ) : (
        <details className="disclosure">
          <summary className="disclosure-summary">Ask now</summary>
          {form}
        </details>
      )}
    </section>
  );
}

type ScheduleProps = {
  followUp: FollowUp;
  cycleId: string;
  fetcher: FetcherWithComponents<CycleActionResult>;
};

function FollowUpSchedule({ followUp, cycleId, fetcher }: ScheduleProps) {
  const result = fetcher.data?.intent === cycleIntents.followUpSettings ? fetcher.data : undefined;
  const errors = errorsOf(result);
  return (
    <div className="follow-up-schedule">
      <dl className="facts">
        <div>
          <dt>Next mini-survey</dt>
          <dd>
            {followUp.activeCommitments === 0 ? (
              <>
                Needs an active commitment. <Link to={planPath(cycleId)}>Make your plan</Link>
              </>
            ) : followUp.miniSurveyDue ? (
              'Due now'
            ) : followUp.nextMiniSurveyOn ? (
              <>
                {formatDay(followUp.nextMiniSurveyOn)}{' '}
                <AddToCalendar cycleId={cycleId} kind="mini-survey" what="it" />
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Progress so far</dt>
          <dd>
            <Link to={progressPath(cycleId)}>See your progress</Link>
          </dd>
        </div>
      </dl>
      <fetcher.Form
        method="post"
        noValidate
        className="form form-inline form-compact"
        aria-label="Mini-survey interval"
        onSubmit={(event) => {
          event.preventDefault();
          const days = new FormData(event.currentTarget).get('miniSurveyIntervalDays');
          fetcher.submit(
            { intent: cycleIntents.followUpSettings, miniSurveyIntervalDays: Number(days) },
            { method: 'post', encType: 'application/json' },
          );
        }}
      >
        <TextField
          label="Days between mini-surveys"
          name="miniSurveyIntervalDays"
          type="number"
          inputMode="numeric"
          min={miniSurveyIntervalLimits.min}
          max={miniSurveyIntervalLimits.max}
          defaultValue={followUp.miniSurveyIntervalDays}
          hint={`Every three to six months is typical: ${miniSurveyIntervalLimits.min} to ${miniSurveyIntervalLimits.max} days.`}
          error={errors.fieldErrors.miniSurveyIntervalDays ?? errors.formError}
        />
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
          Save interval
        </Button>
        <StatusMessage message={result?.ok ? result.message : undefined} />
      </fetcher.Form>
    </div>
  );
}
