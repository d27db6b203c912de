import { type Locale, localeNames, locales } from '../../shared/i18n/locales';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { SelectField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { richText } from '../i18n/rich-text';
import { workspaceIntents } from './workspace-actions';
import { useWorkspaceText } from './workspace-text';

/**
 * The language new rounds ask stakeholders in unless the leader picks another for a round (decision
 * 0044). Admins only; in a personal workspace the leader is its admin.
 */
export function LanguageSetting({ current }: { current: Locale }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();
  return (
    <section className="card section" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('language.heading')}</h2>
      <p>
        {richText(t('language.text', { language: localeNames[current] }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-inline form-compact">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value={workspaceIntents.language} />
        <SelectField
          label={t('language.label')}
          name="language"
          defaultValue={current}
          error={errors.fieldErrors.language}
          hint={t('language.hint')}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel={t('saving')}>
          {t('language.save')}
        </Button>
        <StatusMessage message={saved} />
      </fetcher.Form>
    </section>
  );
}
