import { useFetcher } from 'react-router';
import { maxNoteLength } from '../../shared/relationships';
import { Button } from '../components/button';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFollowUpText } from '../follow-up/follow-up-text';
import { errorsOf, type FormResult } from '../forms';

type NoteProps = { stakeholderId: string; name: string; note: string | null };

/** A private note on the leader's own part in one working relationship; nobody else ever sees it. */
export function RelationshipNote({ stakeholderId, name, note }: NoteProps) {
  const t = useFollowUpText();
  const fetcher = useFetcher<FormResult>();
  const errors = errorsOf(fetcher.data);
  return (
    <details className="disclosure relationship-note">
      <summary className="disclosure-summary">{note ? t('note.yours') : t('note.add')}</summary>
      <fetcher.Form method="post" className="form" noValidate>
        <input type="hidden" name="stakeholderId" value={stakeholderId} />
        <TextAreaField
          label={t('note.label', { name })}
          name="note"
          rows={3}
          maxLength={maxNoteLength}
          defaultValue={note ?? ''}
          hint={t('note.hint')}
          error={errors.fieldErrors.note ?? errors.formError}
        />
        <Button
          type="submit"
          variant="secondary"
          busy={fetcher.state !== 'idle'}
          busyLabel={t('schedule.saving')}
        >
          {t('note.save')}
        </Button>
        <StatusMessage message={fetcher.data?.ok ? fetcher.data.message : undefined} />
      </fetcher.Form>
    </details>
  );
}
