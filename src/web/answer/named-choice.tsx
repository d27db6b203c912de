import { useAnswerLanguage } from './answer-language';

/**
 * Only a stakeholder invited as the leader's manager sees this, before any question, so they know
 * what naming themselves means while they still choose what to write.
 */
export function NamedChoice({
  leaderName,
  checked,
  onChange,
}: {
  leaderName: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useAnswerLanguage();
  const leader = leaderName;
  return (
    <section className="card section named-choice" aria-labelledby="named-choice-heading">
      <h2 id="named-choice-heading">{t('named.heading', { leader })}</h2>
      <p>{t('named.body', { leader })}</p>
      <label className="checkbox-row">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        <span>{t('named.label', { leader })}</span>
      </label>
    </section>
  );
}
