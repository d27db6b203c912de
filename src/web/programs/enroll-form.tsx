import { useEffect, useState } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { richText } from '../i18n/rich-text';
import { type EnrollResult, programIntents } from './program-actions';
import { useProgramsText } from './programs-text';

/**
 * A pasted list or a CSV file, one person a line. The file is read in the browser into the same
 * box, so the admin sees exactly what will be sent and can fix a line before inviting.
 */
export function EnrollForm() {
  const t = useProgramsText();
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
      <h2 id="enroll-heading">{t('enroll.heading')}</h2>
      <p>{richText(t('enroll.text'), { code: (chunk) => <code>{chunk}</code> })}</p>
      <fetcher.Form method="post" noValidate ref={form} className="form">
        <input type="hidden" name="intent" value={programIntents.enroll} />
        <FormAlert message={errors.formError} />
        <div className="field">
          <label htmlFor="enroll-file">{t('enroll.file')}</label>
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
          label={t('enroll.people')}
          name="text"
          rows={6}
          placeholder={t('enroll.placeholder')}
          error={errors.fieldErrors.text}
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('enroll.inviting')}>
            {t('enroll.submit')}
          </Button>
        </div>
        <StatusMessage message={succeeded} />
      </fetcher.Form>
      {result && result.enrolled.skipped.length > 0 ? (
        <div className="callout">
          <h3>{t('enroll.skipped')}</h3>
          <ul>
            {result.enrolled.skipped.map((line) => (
              <li key={`${line.line}-${line.text}`}>
                {t('enroll.skippedLine', {
                  line: line.line,
                  text: line.text || t('enroll.emptyLine'),
                  reason: line.reason,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result && result.enrolled.links.length > 0 ? (
        <div className="callout">
          <h3>{t('enroll.links')}</h3>
          <p>{t('enroll.linksText')}</p>
          <ul className="link-list">
            {result.enrolled.links.map((entry) => (
              <li key={entry.email}>
                <strong>{entry.name}</strong> ({entry.email})<code>{entry.link}</code>
                <CopyButton
                  text={entry.link}
                  label={t('enroll.copyLink', { name: entry.name })}
                  announcement={t('enroll.copied', { name: entry.name })}
                  fallback={t('enroll.copyFallback')}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
