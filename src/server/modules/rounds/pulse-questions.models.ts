import type { Competency } from '../../../shared/framework';
import { questionsText } from '../../../shared/i18n/catalogs/questions';
import type { Locale } from '../../../shared/i18n/locales';
import type { Question } from '../../../shared/questions';
import { competencyInSentence } from './question-wording.models';

export const pulseQuestionIds = { progress: 'progress', next: 'next' } as const;

/** The monthly check-in: what progress people have seen, and what the leader should do next. */
export function pulseRoundQuestions(
  competency: Competency,
  leaderName: string,
  locale: Locale = 'en',
): Question[] {
  const t = questionsText(locale);
  const leader = leaderName;
  return [
    {
      id: pulseQuestionIds.progress,
      kind: 'text',
      prompt: t('pulse.progress', { leader, competency: competencyInSentence(competency, locale) }),
      maxLength: 2000,
      required: false,
      feedforward: false,
    },
    {
      id: pulseQuestionIds.next,
      kind: 'text',
      prompt: t('pulse.next', { leader }),
      maxLength: 600,
      required: true,
      feedforward: true,
    },
  ];
}
