import { hourMs } from '../../../shared/calendar';
import { leaderMailText } from '../../../shared/i18n/catalogs/leader-mail';
import type { UiLocale } from '../../../shared/i18n/locales';

/** The leader's reminder that a mini-survey is due; it asks them to open it, it never opens one. */
export function miniSurveyDueMessage({
  actions,
  url,
  language,
}: {
  actions: string[];
  url: string;
  language: UiLocale;
}) {
  const t = leaderMailText(language);
  return {
    subject: t('miniSurveyDue.subject'),
    text: [
      t('miniSurveyDue.intro'),
      ...actions.map((action) => `- ${action}`),
      '',
      t('miniSurveyDue.open', { url }),
      '',
      t('miniSurveyDue.why'),
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
