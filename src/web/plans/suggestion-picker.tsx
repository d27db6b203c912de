// i18n: not yet translated
import { Button } from '../components/button';

type SuggestionPickerProps = {
  suggestions: string[];
  disabled: boolean;
  onPick: (suggestion: string) => void;
};

/**
 * What people suggested, as starting points: picking one opens the form with it beside the inputs and
 * a first draft in them (suggestion-draft.ts). It is still the leader's job to turn a wish ("more
 * support") into something they will do.
 */
export function SuggestionPicker({ suggestions, disabled, onPick }: SuggestionPickerProps) {
  return (
    <details className="disclosure suggestion-picker" open={!disabled}>
      <summary className="disclosure-summary">
        Start from what people suggested ({suggestions.length})
      </summary>
      <ul className="suggestion-list" aria-label="Suggestions to start from">
        {suggestions.map((suggestion, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two people may write the same words.
          <li key={index} className="suggestion-item">
            <p className="suggestion-text">{suggestion}</p>
            <Button variant="quiet" disabled={disabled} onClick={() => onPick(suggestion)}>
              Start from this<span className="visually-hidden">: {suggestion}</span>
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
