// i18n: not yet translated
import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { type SubmitTarget, useFetcher } from 'react-router';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { StatusMessage } from '../components/status-message';
import { type FrameworkResult, frameworkIntents } from './framework-actions';
import { type FrameworkCheck, readFrameworkFile } from './framework-file';
import { FrameworkIssues } from './framework-issues';

type Chosen = { fileName: string; check: FrameworkCheck };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Choose a file, see every problem in it at once (checked here, before anything is uploaded),
 * then import it. The server checks again and its problems are shown the same way.
 */
export function ImportFramework() {
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
        Import a framework
      </h2>
      <ol className="import-steps">
        <li>Export the framework and edit the file in any text editor.</li>
        <li>Choose the edited file here. It is checked in your browser, and every problem is listed.</li>
        <li>Import it. It replaces the framework for everyone in this workspace.</li>
      </ol>
      <div className="field">
        <label htmlFor={inputId}>Framework file (.json)</label>
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
          A file exported from Feedforward, with "version": 1, a name and its competencies.
        </p>
      </div>
      {reading ? <p className="muted">Checking the file…</p> : null}

      {invalid && chosen ? (
        <div ref={report} tabIndex={-1} className="import-report">
          <Alert title={`${chosen.fileName} cannot be imported`}>
            <p>
              Nothing was uploaded. Fix{' '}
              {invalid.length === 1 ? 'this problem' : `these ${invalid.length} problems`} in the file, then
              choose it again:
            </p>
            <FrameworkIssues issues={invalid} file={chosen.check.file} />
          </Alert>
        </div>
      ) : null}

      {ready && chosen?.check.ok ? (
        <div className="import-ready">
          <p>
            <strong>{chosen.fileName}</strong> is ready to import: “{ready.name}”, with{' '}
            {count(ready.competencies.length, 'competency', 'competencies')} and{' '}
            {count(
              ready.competencies.reduce((sum, competency) => sum + competency.behaviors.length, 0),
              'behavior',
              'behaviors',
            )}
            .
          </p>
          <div className="form-actions">
            <Button onClick={upload} busy={busy} busyLabel="Importing…">
              Import framework
            </Button>
          </div>
        </div>
      ) : null}

      {serverRefusal ? (
        <div ref={report} tabIndex={-1} className="import-report">
          <Alert title="The framework was not imported">
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
