import { useId } from 'react';
import type { Competency } from '../../shared/framework';
import type { ReframeSuggestion } from '../../shared/reframe';
import { CompetencyDetails } from './competency-details';
import { useCyclesText } from './cycles-text';

type CompetencyChoiceProps = {
  competencies: Competency[];
  reframe: ReframeSuggestion | null;
  selected: string | null;
  onSelect: (key: string) => void;
  error?: string;
};

/**
 * One radio group over the whole framework: the competencies matching the problem first, the rest
 * folded away so the list stays short. The chosen one opens to show why it matters.
 */
export function CompetencyChoice({
  competencies,
  reframe,
  selected,
  onSelect,
  error,
}: CompetencyChoiceProps) {
  const t = useCyclesText();
  const errorId = useId();
  const suggestions = reframe?.competencies ?? [];
  const suggestedKeys = suggestions.map((suggestion) => suggestion.key);
  const suggested = suggestedKeys.flatMap((key) =>
    competencies.filter((competency) => competency.key === key),
  );
  const others = competencies.filter((competency) => !suggestedKeys.includes(competency.key));
  const card = (competency: Competency) => (
    <CompetencyCard
      key={competency.key}
      competency={competency}
      checked={selected === competency.key}
      onSelect={onSelect}
      matchedWords={suggestions.find((suggestion) => suggestion.key === competency.key)?.matchedWords}
    />
  );
  return (
    <fieldset
      className="choice-fieldset"
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? true : undefined}
    >
      <legend className="choice-legend">{t('choice.legend')}</legend>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {reframe?.available === false ? <p className="muted">{t('choice.unavailable')}</p> : null}
      {suggested.length > 0 ? (
        <>
          <p className="choice-group-title">{t('choice.suggested')}</p>
          <div className="choice-cards">{suggested.map(card)}</div>
          <details className="choice-more" open={others.some((competency) => competency.key === selected)}>
            <summary className="choice-more-summary">{t('choice.others', { count: others.length })}</summary>
            <div className="choice-cards">{others.map(card)}</div>
          </details>
        </>
      ) : (
        <div className="choice-cards">{others.map(card)}</div>
      )}
    </fieldset>
  );
}

type CompetencyCardProps = {
  competency: Competency;
  checked: boolean;
  onSelect: (key: string) => void;
  /** Why it is suggested: the leader's words it matched. */
  matchedWords?: string[];
};

function CompetencyCard({ competency, checked, onSelect, matchedWords = [] }: CompetencyCardProps) {
  const t = useCyclesText();
  const descriptionId = useId();
  const reasonId = useId();
  return (
    <div className={checked ? 'choice-card is-selected' : 'choice-card'}>
      <label className="choice-card-label">
        <input
          type="radio"
          name="competencyKey"
          value={competency.key}
          checked={checked}
          onChange={() => onSelect(competency.key)}
          aria-describedby={matchedWords.length > 0 ? `${reasonId} ${descriptionId}` : descriptionId}
        />
        <span className="choice-card-name">{competency.name}</span>
      </label>
      {matchedWords.length > 0 ? (
        <p id={reasonId} className="choice-card-reason">
          {t('choice.matches', {
            words: matchedWords.map((word) => t('choice.quoted', { word })).join(', '),
          })}
        </p>
      ) : null}
      <p id={descriptionId} className="choice-card-description">
        {competency.description}
      </p>
      {checked ? <CompetencyDetails competency={competency} headingLevel={4} /> : null}
    </div>
  );
}
