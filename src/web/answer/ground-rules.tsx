import { formatDay } from '../../shared/i18n/translate';
import { useAnswerLanguage } from './answer-language';

/**
 * Shown before any question: the promise that protects the person answering, in one sentence, and
 * the four ground rules of giving suggestions, one tap away so a phone shows the first question.
 */
export function GroundRules({
  leaderName,
  closesOn,
  anonymityK,
}: {
  leaderName: string;
  closesOn: string;
  anonymityK: number;
}) {
  const { t, locale } = useAnswerLanguage();
  const leader = leaderName;
  return (
    <section className="ground-rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading" className="visually-hidden">
        {t('rules.heading')}
      </h2>
      <p className="promise">
        <strong>{t('rules.promiseStrong')}</strong> {t('rules.promise', { leader, k: anonymityK })}
      </p>
      <details className="rules-details">
        <summary className="disclosure-summary rules-summary">
          <strong>{t('rules.summaryStrong')}</strong> {t('rules.summary')}
        </summary>
        <ol className="rules">
          <li>
            <strong>{t('rules.pastStrong')}</strong> {t('rules.past')}
          </li>
          <li>
            <strong>{t('rules.honestStrong')}</strong> {t('rules.honest', { leader })}
          </li>
          <li>
            <strong>{t('rules.helpfulStrong')}</strong> {t('rules.helpful', { leader })}
          </li>
          <li>
            <strong>{t('rules.changeStrong')}</strong> {t('rules.change', { leader })}
          </li>
        </ol>
        <p>{t('rules.trace', { leader, day: formatDay(closesOn, locale) })}</p>
      </details>
    </section>
  );
}
