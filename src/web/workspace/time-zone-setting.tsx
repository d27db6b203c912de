import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { SelectField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { browserZone, TimeZoneOptions } from '../components/time-zone-options';
import { useFormFetcher } from '../components/use-form-fetcher';
import { richText } from '../i18n/rich-text';
import { workspaceIntents } from './workspace-actions';
import { useWorkspaceText } from './workspace-text';

/**
 * The zone the workspace's leaders count days in when they chose none themselves: a round's closing
 * day, a check-in's day, due dates (decision 0032). Admins only.
 */
export function TimeZoneSetting({ current }: { current: string }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();
  // Never changed: the server's UTC default means little; the admin's own zone is the better guess.
  const offered = current === 'UTC' ? browserZone() : current;
  return (
    <section className="card section" aria-labelledby="time-zone-heading">
      <h2 id="time-zone-heading">{t('timeZone.heading')}</h2>
      <p>
        {richText(t('timeZone.text', { zone: current.replace(/_/g, ' ') }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-inline form-compact">
        <FormAlert message={errors.formError} />
        <input type="hidden" name="intent" value={workspaceIntents.timeZone} />
        <SelectField
          label={t('timeZone.label')}
          name="timeZone"
          defaultValue={offered}
          error={errors.fieldErrors.timeZone}
          hint={t('timeZone.hint')}
        >
          <TimeZoneOptions current={offered} />
        </SelectField>
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel={t('saving')}>
          {t('timeZone.save')}
        </Button>
        <StatusMessage message={saved} />
      </fetcher.Form>
    </section>
  );
}
