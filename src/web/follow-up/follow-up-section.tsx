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
import { richText } from '../i18n/rich-text';
import { planPath } from '../plans/plan-data';
import { type FollowUp, progressPath } from './follow-up-data';
import { FollowUpRoundForm } from './follow-up-round-form';
import { useFollowUpText } from './follow-up-text';

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
  const t = useFollowUpText();
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
      <h2 id="follow-up-heading">{due ? t('section.due') : t('section.heading')}</h2>
      {followUp.miniSurveyDue ? (
        <p className="lead-small">{t('section.miniSurveyDue')}</p>
      ) : followUp.checkInDue ? (
        <p className="lead-small">{t('section.checkInDue')}</p>
      ) : (
        <p>
          {richText(t('section.nextCheckIn', { day: formatDay(followUp.nextCheckInOn) }), {
            strong: (chunk) => <strong>{chunk}</strong>,
          })}{' '}
          <AddToCalendar cycleId={cycle.id} kind="monthly-check-in" label={t('section.addCheckIn')} />
        </p>
      )}
      <FollowUpSchedule followUp={followUp} cycleId={cycle.id} fetcher={settingsFetcher} />
      {due ? (
        form
      ) : (
        <details className="disclosure">
          <summary className="disclosure-summary">{t('section.askNow')}</summary>
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
  const t = useFollowUpText();
  const result = fetcher.data?.intent === cycleIntents.followUpSettings ? fetcher.data : undefined;
  const errors = errorsOf(result);
  return (
    <div className="follow-up-schedule">
      <dl className="facts">
        <div>
          <dt>{t('schedule.nextMiniSurvey')}</dt>
          <dd>
            {followUp.activeCommitments === 0 ? (
              richText(t('schedule.needsCommitment'), {
                plan: (chunk) => <Link to={planPath(cycleId)}>{chunk}</Link>,
              })
            ) : followUp.miniSurveyDue ? (
              t('schedule.dueNow')
            ) : followUp.nextMiniSurveyOn ? (
              <>
                {formatDay(followUp.nextMiniSurveyOn)}{' '}
                <AddToCalendar cycleId={cycleId} kind="mini-survey" label={t('schedule.addMiniSurvey')} />
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('schedule.progress')}</dt>
          <dd>
            <Link to={progressPath(cycleId)}>{t('seeProgress')}</Link>
          </dd>
        </div>
      </dl>
      <fetcher.Form
        method="post"
        noValidate
        className="form form-inline form-compact"
        aria-label={t('schedule.intervalForm')}
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
          label={t('schedule.interval')}
          name="miniSurveyIntervalDays"
          type="number"
          inputMode="numeric"
          min={miniSurveyIntervalLimits.min}
          max={miniSurveyIntervalLimits.max}
          defaultValue={followUp.miniSurveyIntervalDays}
          hint={t('schedule.intervalHint', {
            min: miniSurveyIntervalLimits.min,
            max: miniSurveyIntervalLimits.max,
          })}
          error={errors.fieldErrors.miniSurveyIntervalDays ?? errors.formError}
        />
        <Button
          type="submit"
          variant="secondary"
          busy={fetcher.state !== 'idle'}
          busyLabel={t('schedule.saving')}
        >
          {t('schedule.save')}
        </Button>
        <StatusMessage message={result?.ok ? result.message : undefined} />
      </fetcher.Form>
    </div>
  );
}
