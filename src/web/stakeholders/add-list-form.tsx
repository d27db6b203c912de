// i18n: not yet translated
import { useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import { relationshipGroupLabels } from '../../shared/questions';
import type { BulkStakeholdersResult, StakeholderLineError } from '../../shared/stakeholders';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { errorsOf } from '../forms';
import { type ListResult, stakeholderIntents } from './stakeholders-actions';

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);
const lines = (count: number) => (count === 1 ? '1 line' : `${count} lines`);

const example = (
  <>
    One person per line, with who they are to you after the last comma. Email is optional. For example:
    <br />
    <code>Ada Lovelace &lt;ada@example.com&gt;, peer</code>
    <br />
    <code>Grace Hopper, manager</code>
  </>
);

type AddedReport = { message: string; errors: StakeholderLineError[] };

/**
 * Paste a list, check it, then add it. The check saves nothing and shows who would be added and
 * why any line would not; lines with a problem are never saved, so nothing half-right slips in.
 */
export function AddListForm({ action }: { action?: string }) {
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
      <h2 id="add-list-heading">Paste a list</h2>
      <p>Copy names from your address book or a spreadsheet and add everyone in one go.</p>
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
          label="People to add"
          name="text"
          rows={6}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          hint={example}
          error={errors.fieldErrors.text}
        />
        <div className="form-actions">
          <Button
            type="submit"
            name="intent"
            value={stakeholderIntents.checkList}
            variant={preview ? 'secondary' : 'primary'}
            busy={busy && submittedIntent === stakeholderIntents.checkList}
            busyLabel="Checking…"
            disabled={busy}
          >
            Check list
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
            <p>
              {lines(report.errors.length)} could not be added and {report.errors.length === 1 ? 'is' : 'are'}{' '}
              still in the box for you to fix:
            </p>
            <LineErrors errors={report.errors} label="Lines not added" />
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
  const { added, errors } = preview;
  return (
    <div className="list-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {added.length > 0 ? `Ready to add ${people(added.length)}` : 'Nobody on this list can be added yet'}
      </h3>
      {added.length > 0 ? (
        <ul className="preview-people" aria-label="People to add">
          {added.map((person) => (
            <li key={person.id}>
              <span className="member-name">{person.name}</span>
              <span className="member-email">
                {person.email ?? 'No email'} · {relationshipGroupLabels[person.relationshipGroup]}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {errors.length > 0 ? (
        <>
          <p className="line-errors-intro">
            {lines(errors.length)} will be skipped. Fix {errors.length === 1 ? 'it' : 'them'} in the box and
            check again{added.length > 0 ? ', or add the others now' : ''}; a line with a problem is never
            saved.
          </p>
          <LineErrors errors={errors} label="Lines with a problem" />
        </>
      ) : null}
      {added.length > 0 ? (
        <div className="form-actions">
          <Button
            type="submit"
            name="intent"
            value={stakeholderIntents.addList}
            busy={adding}
            busyLabel="Adding…"
            disabled={disabled}
          >
            Add {people(added.length)}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function LineErrors({ errors, label }: { errors: StakeholderLineError[]; label: string }) {
  return (
    <ul className="line-errors" aria-label={label}>
      {errors.map((error) => (
        <li key={error.line}>
          <span className="line-errors-where">
            Line {error.line}: <code>{error.text}</code>
          </span>
          <span className="line-errors-message">{error.message}</span>
        </li>
      ))}
    </ul>
  );
}
