// i18n: not yet translated
import { maxRetentionMonths } from '../../shared/data-rights';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { workspaceIntents } from './workspace-actions';

/** Admins only: how long free-text answers are kept after a round closes. Ratings always stay. */
export function RetentionSetting({ current }: { current: number | null }) {
  const { fetcher, errors, succeeded: saved, form } = useFormFetcher();

  return (
    <section className="card section" aria-labelledby="retention-heading">
      <h2 id="retention-heading">Keeping written answers</h2>
      <p>
        {current === null
          ? 'Written answers are kept for as long as their round exists.'
          : `Written answers are removed ${current} months after their round closes.`}{' '}
        Ratings stay either way, so leaders keep their results over time.
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form form-inline form-compact">
        <input type="hidden" name="intent" value={workspaceIntents.retention} />
        <FormAlert message={errors.formError} />
        <TextField
          label="Months to keep written answers"
          name="months"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxRetentionMonths}
          step={1}
          defaultValue={current ?? ''}
          hint={`From 1 to ${maxRetentionMonths}. Leave empty to keep them.`}
          error={errors.fieldErrors.months}
          className="input-narrow"
        />
        <Button type="submit" variant="secondary" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
          Save
        </Button>
        <StatusMessage message={saved} />
      </fetcher.Form>
    </section>
  );
}
