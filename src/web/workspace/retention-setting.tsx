import { maxRetentionMonths } from '../../shared/data-rights';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { workspaceIntents } from './workspace-actions';
import { useWorkspaceText } from './workspace-text';

/** Admins only: how long free-text answers are kept after a round closes. Ratings always stay. */
export function RetentionSetting({ current }: { current: number | null }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();

  return (
    <section className="card section" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('retention.heading')}</h2>
      <p>
        {current === null ? t('retention.kept') : t('retention.removedAfter', { months: current })}{' '}
        {t('retention.ratingsStay')}
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-inline form-compact">
        <input type="hidden" name="intent" value={workspaceIntents.retention} />
        <FormAlert message={errors.formError} />
        <TextField
          label={t('retention.label')}
          name="months"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxRetentionMonths}
          step={1}
          defaultValue={current ?? ''}
          hint={t('retention.hint', { max: maxRetentionMonths })}
          error={errors.fieldErrors.months}
          className="input-narrow"
        />
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel={t('saving')}>
          {t('retention.save')}
        </Button>
        <StatusMessage message={saved} />
      </fetcher.Form>
    </section>
  );
}
