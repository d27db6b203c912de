import { useId, useState } from 'react';
import { looksEnglish } from '../../shared/english-text';
import { findIdentifyingDetails, type IdentifyingCheck } from '../../shared/identifying-details';
import { Button } from '../components/button';
import { useAnswerLanguage } from './answer-language';

/**
 * "Check my answer for details that identify me": runs only when pressed, and only in this browser
 * (src/shared/identifying-details), so the answer is not sent anywhere to be checked. The result
 * belongs to the text that was checked and goes away once that text changes.
 */
export function IdentifyingCheckButton({
  text,
  leaderName,
  onUse,
}: {
  text: string;
  leaderName: string;
  onUse: (text: string) => void;
}) {
  const { t } = useAnswerLanguage();
  const resultId = useId();
  const [checked, setChecked] = useState<{ text: string; result: IdentifyingCheck } | null>(null);
  const current = checked?.text === text ? checked.result : null;
  return (
    <div className="identifying-check">
      <Button
        variant="quiet"
        aria-controls={resultId}
        onClick={() => setChecked({ text, result: findIdentifyingDetails(text, leaderName) })}
      >
        {t('check.button')}
      </Button>
      <div id={resultId} className="hint-slot" aria-live="polite">
        {current && checked ? (
          <CheckResult result={current} checkedText={checked.text} leaderName={leaderName} onUse={onUse} />
        ) : null}
      </div>
    </div>
  );
}

function CheckResult({
  result,
  checkedText,
  leaderName,
  onUse,
}: {
  result: IdentifyingCheck;
  checkedText: string;
  leaderName: string;
  onUse: (text: string) => void;
}) {
  const { t } = useAnswerLanguage();
  if (!checkedText.trim()) return <p className="coach-hint">{t('check.empty')}</p>;
  if (result.details.length === 0) {
    // The check reads English; over another language "nothing found" would reassure wrongly.
    return (
      <p className="coach-hint">{looksEnglish(checkedText) ? t('check.nothing') : t('check.englishOnly')}</p>
    );
  }
  return (
    <div className="coach-hint">
      <p className="coach-hint-title">{t('check.found', { leader: leaderName })}</p>
      <ul className="identifying-details">
        {result.details.map((detail) => (
          <li key={detail.start}>{t('check.quote', { text: detail.text })}</li>
        ))}
      </ul>
      {result.withoutDetails ? (
        <>
          <p>{t('check.version')}</p>
          <p className="coach-hint-suggestion">{t('check.quote', { text: result.withoutDetails })}</p>
          <Button variant="secondary" onClick={() => onUse(result.withoutDetails ?? checkedText)}>
            {t('check.useVersion')}
          </Button>
        </>
      ) : (
        <p>{t('check.consider')}</p>
      )}
      <p className="muted">{t('check.local')}</p>
    </div>
  );
}
