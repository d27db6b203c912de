import { type Locale, localeNames, localeOr, locales } from '../../shared/i18n/locales';
import { SelectField } from '../components/form-field';
import { useRoundsText } from './rounds-text';

/**
 * The language a round asks in: its questions, the invitation, the reminders and the answer page
 * start in it (each person can switch the page). The workspace's default comes first chosen.
 */
export function RoundLanguageField({
  defaultLanguage,
  error,
  onChange,
}: {
  defaultLanguage: Locale;
  error?: string;
  /** Told of each choice, for texts drafted in the round's language. */
  onChange?: (language: Locale) => void;
}) {
  const t = useRoundsText();
  return (
    <SelectField
      label={t('language.label')}
      name="language"
      defaultValue={defaultLanguage}
      error={error}
      hint={t('language.hint')}
      onChange={(event) => onChange?.(localeOr(event.target.value))}
    >
      {locales.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {localeNames[locale]}
        </option>
      ))}
    </SelectField>
  );
}

/** The chosen language as the form holds it, for the request. */
export const languageOf = (values: FormData) => String(values.get('language') ?? '');
