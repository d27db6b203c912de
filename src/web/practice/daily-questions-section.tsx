import { useState } from 'react';
import { addDays } from '../../shared/calendar';
import { type Commitment, checkinDaysBack } from '../../shared/plans';
import { SelectField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { DailyQuestion } from './daily-question';
import { slotOf } from './offline-checkins';
import { type CheckinRange, dayName, formatLongDay } from './practice-data';
import { usePracticeText } from './practice-text';
import { useOfflineCheckins } from './use-offline-checkins';

type SectionProps = { active: Commitment[]; range: CheckinRange };

/** Today's questions, one per behavior, or those of a day in the week before. */
export function DailyQuestionsSection({ active, range }: SectionProps) {
  const t = usePracticeText();
  const [day, setDay] = useState(range.today);
  const days = Array.from({ length: checkinDaysBack + 1 }, (_, index) => addDays(range.today, -index));
  const { checkins, waiting, report, userId } = useOfflineCheckins(range.checkins, range.today);
  const checkinOf = (commitmentId: string) =>
    checkins.find((checkin) => checkin.commitmentId === commitmentId && checkin.day === day);

  return (
    <section className="card section next-step" aria-labelledby="today-heading">
      <div className="section-heading section-heading-split daily-heading">
        <h2 id="today-heading">{day === range.today ? t('day.today') : formatLongDay(day)}</h2>
        <SelectField
          label={t('day.label')}
          name="day"
          value={day}
          onChange={(event) => setDay(event.target.value)}
          className="day-select"
        >
          {days.map((option) => (
            <option key={option} value={option}>
              {option === range.today ? t('day.today') : dayName(option, range.today)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="muted">{t('daily.intro')}</p>
      <StatusMessage message={report.length > 0 ? report.join(' ') : undefined} />
      <ul className="daily-list" aria-label={t('daily.label')}>
        {active.map((commitment) => (
          <DailyQuestion
            key={`${commitment.id}-${day}`}
            commitment={commitment}
            day={day}
            today={range.today}
            checkin={checkinOf(commitment.id)}
            waiting={waiting.has(slotOf(userId, commitment.id, day))}
          />
        ))}
      </ul>
    </section>
  );
}
