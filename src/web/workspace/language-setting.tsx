// i18n: not yet translated
import { type Locale, localeNames, locales } from '../../shared/i18n/locales';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { SelectField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { workspaceIntents } from './workspace-actions';

/**
 * The language new rounds ask stakeholders in unless the leader picks another for a round (decision
 * 0044). Admins only; in a personal workspace the leader is its admin.
 */
export function LanguageSetting({ current }: { current: Locale }) {
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();
  return (
    <section className="card section" aria-labelledby="language-heading">
      <h2 id="language-heading">Language for stakeholders</h2>
      <p>
        New rounds ask their questions and send their invitations and reminders in this language unless the
        leader picks another for the round. Each stakeholder can switch the answer page to English, Deutsch,
        Français or Español. It is now <strong>{localeNames[current]}</strong>.
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-inline form-compact">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value={workspaceIntents.language} />
        <SelectField
          label="Default language of new rounds"
          name="language"
          defaultValue={current}
          error={errors.fieldErrors.language}
          hint="Rounds already open keep the language they opened with."
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
          Save language
        </Button>
        <StatusMessage message={saved} />
      </fetcher.Form>
    </section>
  );
}
