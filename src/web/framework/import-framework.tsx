import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { type SubmitTarget, useFetcher } from 'react-router';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { StatusMessage } from '../components/status-message';
import { richText } from '../i18n/rich-text';
import { type FrameworkResult, frameworkIntents } from './framework-actions';
import { type FrameworkCheck, readFrameworkFile } from './framework-file';
import { FrameworkIssues } from './framework-issues';
import { useFrameworkText } from './framework-text';

type Chosen = { fileName: string; check: FrameworkCheck };

/**
 * Choose a file, see every problem in it at once (checked here, before anything is uploaded),
 * then import it. The server checks again and its problems are shown the same way.
 */
export function ImportFramework() {
  const t = useFrameworkText();
  const fetcher = useFetcher<FrameworkResult>();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [reading, setReading] = useState(false);
  // The server's answer concerns the file that was uploaded, not one chosen since.
  const [uploaded, setUploaded] = useState<Chosen | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const report = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const inputId = useId();
  const hintId = useId();
  const busy = fetcher.state !== 'idle';
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const imported = result?.ok ? result.message : undefined;

  async function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setChosen(null);
    if (!file) return;
    setReading(true);
    const check = await readFrameworkFile(file);
    setReading(false);
    setChosen({ fileName: file.name, check });
    // Browsers report no change when the same file is chosen again, as it will be once fixed.
    if (!check.ok) event.target.value = '';
  }

  // A problem report takes focus, so keyboard and screen-reader users start reading it at once.
  useEffect(() => {
    if (chosen && !chosen.check.ok) report.current?.focus();
  }, [chosen]);

  useEffect(() => {
    if (!result) return;
    if (result.ok) {
      setChosen(null);
      if (input.current) input.current.value = '';
      // The Import button has gone with the file; the section's heading keeps keyboard users here.
      heading.current?.focus();
    } else {
      report.current?.focus();
    }
  }, [result]);

  function upload() {
    if (!chosen?.check.ok) return;
    setUploaded(chosen);
    // The file was parsed from JSON, so it is a JSON value as the router expects.
    const body = { intent: frameworkIntents.import, file: chosen.check.file } as unknown as SubmitTarget;
    fetcher.submit(body, { method: 'post', encType: 'application/json' });
  }

  const serverRefusal = result && !result.ok && uploaded === chosen ? result : undefined;
  const invalid = chosen && !chosen.check.ok ? chosen.check.issues : undefined;
  const ready = chosen?.check.ok ? chosen.check.framework : undefined;

  return (
    <section className="card section import-framework" aria-labelledby="import-heading">
      <h2 id="import-heading" ref={heading} tabIndex={-1}>
        {t('import.heading')}
      </h2>
      <ol className="import-steps">
        <li>{t('import.step1')}</li>
        <li>{t('import.step2')}</li>
        <li>{t('import.step3')}</li>
      </ol>
      <div className="field">
        <label htmlFor={inputId}>{t('import.fileLabel')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={onChoose}
          disabled={busy}
        />
        <p className="field-hint" id={hintId}>
          {t('import.fileHint')}
        </p>
      </div>
      {reading ? <p className="muted">{t('import.checking')}</p> : null}

      {invalid && chosen ? (
        <div ref={report} tabIndex={-1} className="import-report">
          <Alert title={t('import.cannotImport', { fileName: chosen.fileName })}>
            <p>{t('import.fix', { count: invalid.length })}</p>
            <FrameworkIssues issues={invalid} file={chosen.check.file} />
          </Alert>
        </div>
      ) : null}

      {ready && chosen?.check.ok ? (
        <div className="import-ready">
          <p>
            {richText(
              t('import.ready', {
                fileName: chosen.fileName,
                name: ready.name,
                competencies: ready.competencies.length,
                behaviors: ready.competencies.reduce(
                  (sum, competency) => sum + competency.behaviors.length,
                  0,
                ),
              }),
              { file: (chunk) => <strong>{chunk}</strong> },
            )}
          </p>
          <div className="form-actions">
            <Button onClick={upload} busy={busy} busyLabel={t('import.importing')}>
              {t('import.import')}
            </Button>
          </div>
        </div>
      ) : null}

      {serverRefusal ? (
        <div ref={report} tabIndex={-1} className="import-report">
          <Alert title={t('import.notImported')}>
            <p>{serverRefusal.errors.formError}</p>
            {serverRefusal.issues.length > 0 ? (
              <FrameworkIssues issues={serverRefusal.issues} file={uploaded?.check.file} />
            ) : null}
          </Alert>
        </div>
      ) : null}
      <StatusMessage message={imported} />
    </section>
  );
}
