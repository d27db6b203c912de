import { hourMs } from '../../../shared/calendar';

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

/**
 * The sweep runs at the start of every hour, so a mini-survey due at a moment of the leader's day
 * is announced within the hour wherever they live, not at one hour of the day chosen for UTC.
 */
export function nextFollowUpSweep(now: Date): Date {
  return new Date((Math.floor(now.getTime() / hourMs) + 1) * hourMs);
}
