import { useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { BulkStakeholdersResult, StakeholderLineError } from '../../shared/stakeholders';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { relationshipGroupLabel } from '../cycles/cycles-text';
import { errorsOf } from '../forms';
import { richText } from '../i18n/rich-text';
import { type ListResult, stakeholderIntents } from './stakeholders-actions';
import { useStakeholdersText } from './stakeholders-text';

// The example lines keep the English relationship words in every language: the list is read with them.
const exampleLines = ['paste.exampleWithEmail', 'paste.exampleWithoutEmail'] as const;

type AddedReport = { message: string; errors: StakeholderLineError[] };

/**
 * Paste a list, check it, then add it. The check saves nothing and shows who would be added and
 * why any line would not; lines with a problem are never saved, so nothing half-right slips in.
 */
export function AddListForm({ action }: { action?: string }) {
  const t = useStakeholdersText();
  const fetcher = useFetcher<ListResult>();
  const [text, setText] = useState('');
  const [report, setReport] = useState<AddedReport | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const handled = useRef<ListResult | undefined>(undefined);
  const errors = errorsOf(fetcher.data);
  useFocusFirstError(form, errors);

  const busy = fetcher.state !== 'idle';
  const done = fetcher.state === 'idle' && fetcher.data?.ok ? fetcher.data : undefined;
  // A check describes the text it was given; once the text changes it no longer applies.
  const preview = done?.dryRun && done.text === text ? done.result : undefined;

  useEffect(() => {
    if (!done || handled.current === done) return;
    handled.current = done;
    if (done.dryRun) {
      previewHeading.current?.focus();
      return;
    }
    // What could not be added stays in the box, renumbered, so it can be fixed and checked again.
    const left = done.result.errors;
    setText(left.map((error) => error.text).join('\n'));
    setReport({
      message: done.message ?? '',
      errors: left.map((error, index) => ({ ...error, line: index + 1 })),
    });
  }, [done]);

  const submittedIntent = fetcher.formData?.get('intent');
  return (
    <section className="card section" aria-labelledby="add-list-heading">
      <h2 id="add-list-heading">{t('list.paste')}</h2>
      <p>{t('paste.intro')}</p>
      <fetcher.Form
        method="post"
        action={action}
        noValidate
        ref={form}
        className="form"
        onSubmit={() => setReport(null)}
      >
        <FormAlert message={errors.formError} />
        <TextAreaField
          label={t('paste.label')}
          name="text"
          rows={6}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          hint={
            <>
              {t('paste.hint')}
              {exampleLines.map((line) => (
                <span key={line}>
                  <br />
                  <code>{t(line)}</code>
                </span>
              ))}
            </>
          }
          error={errors.fieldErrors.text}
        />
        <div className="form-actions">
          <Button
            type="submit"
            name="intent"
            value={stakeholderIntents.checkList}
            variant={preview ? 'secondary' : 'primary'}
            busy={busy && submittedIntent === stakeholderIntents.checkList}
            busyLabel={t('paste.checking')}
            disabled={busy}
          >
            {t('paste.check')}
          </Button>
        </div>
        {preview ? (
          <ListPreview
            preview={preview}
            headingRef={previewHeading}
            adding={busy && submittedIntent === stakeholderIntents.addList}
            disabled={busy}
          />
        ) : null}
        {report && report.errors.length > 0 ? (
          <Alert tone="info" title={report.message}>
            <p>{t('paste.notAdded', { count: report.errors.length })}</p>
            <LineErrors errors={report.errors} label={t('paste.linesNotAdded')} />
          </Alert>
        ) : null}
        <StatusMessage message={report && report.errors.length === 0 ? report.message : undefined} />
      </fetcher.Form>
    </section>
  );
}

type ListPreviewProps = {
  preview: BulkStakeholdersResult;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  adding: boolean;
  disabled: boolean;
};

function ListPreview({ preview, headingRef, adding, disabled }: ListPreviewProps) {
  const t = useStakeholdersText();
  const { added, errors } = preview;
  return (
    <div className="list-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {added.length > 0 ? t('paste.ready', { count: added.length }) : t('paste.nobody')}
      </h3>
      {added.length > 0 ? (
        <ul className="preview-people" aria-label={t('paste.label')}>
          {added.map((person) => (
            <li key={person.id}>
              <span className="member-name">{person.name}</span>
              <span className="member-email">
                {person.email ?? t('paste.noEmail')} · {relationshipGroupLabel(person.relationshipGroup)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {errors.length > 0 ? (
        <>
          <p className="line-errors-intro">
            {t(added.length > 0 ? 'paste.skippedOrAdd' : 'paste.skipped', { count: errors.length })}
          </p>
          <LineErrors errors={errors} label={t('paste.linesWithProblem')} />
        </>
      ) : null}
      {added.length > 0 ? (
        <div className="form-actions">
          <Button
            type="submit"
            name="intent"
            value={stakeholderIntents.addList}
            busy={adding}
            busyLabel={t('add.adding')}
            disabled={disabled}
          >
            {t('paste.add', { count: added.length })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function LineErrors({ errors, label }: { errors: StakeholderLineError[]; label: string }) {
  const t = useStakeholdersText();
  return (
    <ul className="line-errors" aria-label={label}>
      {errors.map((error) => (
        <li key={error.line}>
          <span className="line-errors-where">
            {richText(t('paste.line', { line: error.line, text: error.text }), {
              code: (chunk) => <code>{chunk}</code>,
            })}
          </span>
          <span className="line-errors-message">{error.message}</span>
        </li>
      ))}
    </ul>
  );
}
