// i18n: not yet translated
import { useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { ActiveFramework } from '../../shared/framework';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { StatusMessage } from '../components/status-message';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { type FrameworkResult, frameworkIntents } from './framework-actions';
import { downloadFramework } from './framework-file';

type FrameworkOverviewProps = { active: ActiveFramework; canChange: boolean };

/** Which framework is in use, with export for everyone and reset for admins. */
export function FrameworkOverview({ active, canChange }: FrameworkOverviewProps) {
  const { framework, isDefault, updatedAt } = active;
  const resetter = useFetcher<FrameworkResult>();
  const [confirming, setConfirming] = useState(false);
  const [exported, setExported] = useState<string>();
  const reset = resetter.state === 'idle' && resetter.data?.ok ? resetter.data.message : undefined;
  const heading = useRef<HTMLHeadingElement>(null);

  // "Downloaded …" describes the framework as it was; once another is in use it would mislead.
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared whenever the framework changes.
  useEffect(() => setExported(undefined), [updatedAt]);

  // The reset button is gone once the default is back, so focus moves to this section's heading.
  useEffect(() => {
    if (reset) heading.current?.focus();
  }, [reset]);

  function exportFile() {
    setExported(`Downloaded ${downloadFramework(framework)}.`);
  }

  return (
    <section className="card section framework-overview" aria-labelledby="framework-in-use-heading">
      <h2 id="framework-in-use-heading" ref={heading} tabIndex={-1}>
        Framework in use
      </h2>
      <p className="framework-name">{framework.name}</p>
      <p className="muted">
        {isDefault
          ? 'Feedforward’s default framework for new managers.'
          : `Version ${active.version}${updatedAt ? `, saved on ${formatDateTime(updatedAt)}` : ''}.`}{' '}
        {framework.competencies.length === 1
          ? '1 competency'
          : `${framework.competencies.length} competencies`}
        .
      </p>
      <Alert tone="info">
        <p>
          A growth cycle keeps its own copy of its competency when it starts, so changing this framework never
          changes cycles already under way or their results. New cycles use the framework as it is then.
        </p>
      </Alert>
      <FormAlert message={errorsOf(resetter.data).formError} />
      <div className="button-row">
        <Button variant="secondary" onClick={exportFile}>
          Export as JSON
        </Button>
        {canChange && !isDefault ? (
          <Button
            variant="secondary"
            onClick={() => setConfirming(true)}
            busy={resetter.state !== 'idle'}
            busyLabel="Resetting…"
          >
            Reset to the default framework
          </Button>
        ) : null}
      </div>
      <StatusMessage message={reset ?? exported} />
      <ConfirmDialog
        open={confirming}
        title="Reset to the default framework?"
        confirmLabel="Reset framework"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          setExported(undefined);
          resetter.submit(
            { intent: frameworkIntents.reset },
            { method: 'post', encType: 'application/json' },
          );
        }}
      >
        <p>
          “{framework.name}” will be replaced by Feedforward’s default framework. Export it first if you may
          want it back. Growth cycles already started keep their own copy of their competency.
        </p>
      </ConfirmDialog>
    </section>
  );
}
