import { addDays, dayMs, localDay as dayOf } from '../../../shared/calendar';
import type { AppDeps } from '../../deps';

/**
 * When each step of the demo cycle happened, counted back from today (UTC) so every date of the
 * story is set here: six weeks ago the leader asked, a week later committed and told the team,
 * practiced since, and asked again ten days ago. Every instant is in the past, even just after
 * midnight, so the seeded jobs that come due find their work already done.
 */
export function demoStory(now: Date) {
  const midnight = Date.parse(`${dayOf(now)}T00:00:00Z`);
  const at = (daysAgo: number, time: string) => new Date(midnight - daysAgo * dayMs + clockMs(time));
  const day = (daysAgo: number) => addDays(dayOf(now), -daysAgo);
  return {
    cycleStarted: at(44, '09:00'),
    listening: {
      opens: at(43, '10:00'),
      closesOn: day(36),
      answeredAt: [
        at(43, '14:10'),
        at(42, '08:45'),
        at(41, '16:30'),
        at(40, '11:05'),
        at(39, '15:40'),
        at(38, '09:20'),
      ],
      closes: at(36, '17:00'),
    },
    committed: at(35, '09:00'),
    told: at(34, '10:00'),
    practiceDays: practiceDays(34, (daysAgo) => at(daysAgo, '12:00')).map((daysAgo) => ({
      daysAgo,
      // Scored in the evening, as the daily questions ask about the day just lived.
      at: at(daysAgo, '20:30'),
      // 0 on the first day of practice, 1 on the last: effort rises slowly in between.
      progress: (34 - daysAgo) / 33,
    })),
    miniSurvey: {
      opens: at(10, '09:00'),
      closesOn: day(3),
      answeredAt: [
        at(10, '11:40'),
        at(9, '08:15'),
        at(9, '13:25'),
        at(8, '17:50'),
        at(7, '10:30'),
        at(6, '14:00'),
      ],
      closes: at(3, '17:00'),
    },
  };
}

export type DemoStory = ReturnType<typeof demoStory>;

/** The use cases run as if it were that moment, so each step is recorded on its own day. */
export function depsAt<T extends Pick<AppDeps, 'now'>>(deps: T, instant: Date): T {
  return { ...deps, now: () => instant };
}

function clockMs(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
}

/**
 * Days from `firstDaysAgo` to yesterday on which the leader scored their behaviors: working
 * days, less two that slipped. Today is left open, so the practice page still asks for it.
 */
function practiceDays(firstDaysAgo: number, noonOf: (daysAgo: number) => Date): number[] {
  const slipped = new Set([22, 9]);
  const days: number[] = [];
  for (let daysAgo = firstDaysAgo; daysAgo >= 1; daysAgo--) {
    const weekday = noonOf(daysAgo).getUTCDay();
    if (weekday === 0 || weekday === 6 || slipped.has(daysAgo)) continue;
    days.push(daysAgo);
  }
  return days;
}
