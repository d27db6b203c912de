import { Button } from '../components/button';
import { richText } from '../i18n/rich-text';
import { usePlansText } from './plans-text';

type SuggestionPickerProps = {
  suggestions: string[];
  disabled: boolean;
  onPick: (suggestion: string) => void;
};

const visuallyHidden = (chunk: string) => <span className="visually-hidden">{chunk}</span>;

/**
 * What people suggested, as starting points: picking one opens the form with it beside the inputs and
 * a first draft in them (suggestion-draft.ts). It is still the leader's job to turn a wish ("more
 * support") into something they will do.
 */
export function SuggestionPicker({ suggestions, disabled, onPick }: SuggestionPickerProps) {
  const t = usePlansText();
  return (
    <details className="disclosure suggestion-picker" open={!disabled}>
      <summary className="disclosure-summary">{t('picker.summary', { count: suggestions.length })}</summary>
      <ul className="suggestion-list" aria-label={t('picker.label')}>
        {suggestions.map((suggestion, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two people may write the same words.
          <li key={index} className="suggestion-item">
            <p className="suggestion-text">{suggestion}</p>
            <Button variant="quiet" disabled={disabled} onClick={() => onPick(suggestion)}>
              {/* One line, so the tags around it still match whatever the person typed. */}
              {richText(t('picker.start', { suggestion: suggestion.replace(/\s+/g, ' ') }), {
                hidden: visuallyHidden,
              })}
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
