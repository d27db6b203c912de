// i18n: not yet translated
import { useEffect, useState } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { type EnrollResult, programIntents } from './program-actions';

/**
 * A pasted list or a CSV file, one person a line. The file is read in the browser into the same
 * box, so the admin sees exactly what will be sent and can fix a line before inviting.
 */
export function EnrollForm() {
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  const [text, setText] = useState('');
  const result = fetcher.state === 'idle' && fetcher.data?.ok ? (fetcher.data as EnrollResult) : null;

  useEffect(() => {
    if (succeeded) setText('');
  }, [succeeded]);

  async function readFile(file: File | undefined) {
    if (file) setText(await file.text());
  }

  return (
    <section className="card section" aria-labelledby="enroll-heading">
      <h2 id="enroll-heading">Invite leaders</h2>
      <p>
        One person a line: <code>name, email</code> or just an email, as a spreadsheet or address book exports
        them. Each gets their own link to join and start a growth cycle in this program.
      </p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <input type="hidden" name="intent" value={programIntents.enroll} />
        <FormAlert message={errors.formError} />
        <div className="field">
          <label htmlFor="enroll-file">Or choose a CSV file</label>
          <input
            id="enroll-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => readFile(event.target.files?.[0])}
          />
        </div>
        <TextAreaField
          value={text}
          onChange={(event) => setText(event.target.value)}
          label="People to invite"
          name="text"
          rows={6}
          placeholder={'Sam Lee, sam@example.com\nkim@example.com'}
          error={errors.fieldErrors.text}
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Inviting…">
            Invite
          </Button>
        </div>
        <StatusMessage message={succeeded} />
      </fetcher.Form>
      {result && result.enrolled.skipped.length > 0 ? (
        <div className="callout">
          <h3>Lines not invited</h3>
          <ul>
            {result.enrolled.skipped.map((line) => (
              <li key={`${line.line}-${line.text}`}>
                Line {line.line} ({line.text || 'empty'}): {line.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result && result.enrolled.links.length > 0 ? (
        <div className="callout">
          <h3>Send these links yourself</h3>
          <p>Each link is personal and works for 14 days. They also wait in the organization's outbox.</p>
          <ul className="link-list">
            {result.enrolled.links.map((entry) => (
              <li key={entry.email}>
                <strong>{entry.name}</strong> ({entry.email})<code>{entry.link}</code>
                <CopyButton
                  text={entry.link}
                  label={`Copy the link for ${entry.name}`}
                  announcement={`The link for ${entry.name} is copied.`}
                  fallback="Select the link above and copy it yourself."
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
