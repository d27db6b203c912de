import { mailText } from '../../../shared/i18n/catalogs/mail';
import type { Locale } from '../../../shared/i18n/locales';
import { formatDay } from '../../../shared/i18n/translate';

/**
 * The emails a round sends, in the round's language. Each promises anonymity in plain words, as the
 * product must keep it.
 */

type InvitationText = { leaderName: string; intro: string; url: string; closesOn: string; k: number };

export function invitationMessage(locale: Locale, { leaderName, intro, url, closesOn, k }: InvitationText) {
  const t = mailText(locale);
  const leader = leaderName;
  return {
    subject: t('invitation.subject', { leader }),
    text: [
      intro,
      '',
      t('invitation.answerHere', { url }),
      '',
      t('invitation.anonymity', { leader, closesOn: formatDay(closesOn, locale), k }),
      t('invitation.personal'),
    ].join('\n'),
  };
}

export function reminderMessage(
  locale: Locale,
  { leaderName, url, closesOn }: Omit<InvitationText, 'intro' | 'k'>,
) {
  const t = mailText(locale);
  const leader = leaderName;
  return {
    subject: t('reminder.subject', { leader }),
    text: [
      t('reminder.asked', { leader, closesOn: formatDay(closesOn, locale) }),
      '',
      t('reminder.answerHere', { url }),
      '',
      t('reminder.anonymity', { leader }),
    ].join('\n'),
  };
}

/** The note is the leader's own words, sent as written; only the subject is ours to translate. */
export function thankYouMessage(locale: Locale, { leaderName, note }: { leaderName: string; note: string }) {
  return { subject: mailText(locale)('thankYou.subject', { leader: leaderName }), text: note };
}
