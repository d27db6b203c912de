import { dayMs } from '../../../shared/calendar';

/** The leader's reminder that a mini-survey is due; it asks them to open it, it never opens one. */
export function miniSurveyDueMessage({ actions, url }: { actions: string[]; url: string }) {
  return {
    subject: 'Time to ask your stakeholders again: your mini-survey is due',
    text: [
      'It is time to ask the people who work with you whether they see you becoming more effective at:',
      ...actions.map((action) => `- ${action}`),
      '',
      `Open the mini-survey in one step (the people you asked last time are already chosen): ${url}`,
      '',
      'Asking again is what changes how people see you. Their answers stay anonymous.',
    ].join('\n'),
  };
}

/** The daily sweep runs at 06:00 UTC: tomorrow's, or today's while it is still ahead. */
export function nextFollowUpSweep(now: Date): Date {
  const todayAt = new Date(Date.parse(`${now.toISOString().slice(0, 10)}T06:00:00Z`));
  return todayAt > now ? todayAt : new Date(todayAt.getTime() + dayMs);
}
