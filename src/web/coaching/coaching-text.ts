import de from '../../shared/i18n/catalogs/app/coaching/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/coaching/en.json';
import en from '../../shared/i18n/catalogs/app/coaching/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of coaching: a leader's coach page, a coach's dashboard and coachee pages, and accepting. */
export const { useText: useCoachingText, text: coachingText } = screenText<keyof typeof catalog>({ en, de });

export type CoachingText = ReturnType<typeof useCoachingText>;
