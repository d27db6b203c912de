import { useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { ActiveFramework } from '../../shared/framework';
import { Alert, FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { StatusMessage } from '../components/status-message';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { useUiLanguage } from '../i18n/ui-language';
import { frameworkInUiLanguage } from './default-framework-language';
import { type FrameworkResult, frameworkIntents } from './framework-actions';
import { downloadFramework } from './framework-file';
import { useFrameworkText } from './framework-text';

type FrameworkOverviewProps = { active: ActiveFramework; canChange: boolean };

/** Which framework is in use, with export for everyone and reset for admins. */
export function FrameworkOverview({ active, canChange }: FrameworkOverviewProps) {
  const t = useFrameworkText();
  const { framework, isDefault, updatedAt } = active;
  // Shown in the screen's language where it is the default's wording; exported exactly as stored.
  const shown = frameworkInUiLanguage(framework, useUiLanguage());
  const resetter = useFetcher<FrameworkResult>();
  const [confirming, setConfirming] = useState(false);
  const [exportedFile, setExportedFile] = useState<string>();
  const exported = exportedFile ? t('overview.exported', { fileName: exportedFile }) : undefined;
  const reset = resetter.state === 'idle' && resetter.data?.ok ? resetter.data.message : undefined;
  const heading = useRef<HTMLHeadingElement>(null);

  // "Downloaded …" describes the framework as it was; once another is in use it would mislead.
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared whenever the framework changes.
  useEffect(() => setExportedFile(undefined), [updatedAt]);

  // The reset button is gone once the default is back, so focus moves to this section's heading.
  useEffect(() => {
    if (reset) heading.current?.focus();
  }, [reset]);

  function exportFile() {
    setExportedFile(downloadFramework(framework));
  }

  return (
    <section className="card section framework-overview" aria-labelledby="framework-in-use-heading">
      <h2 id="framework-in-use-heading" ref={heading} tabIndex={-1}>
        {t('overview.heading')}
      </h2>
      <p className="framework-name">{shown.name}</p>
      <p className="muted">
        {isDefault
          ? t('overview.default')
          : updatedAt
            ? t('overview.versionSaved', { version: active.version, date: formatDateTime(updatedAt) })
            : t('overview.version', { version: active.version })}{' '}
        {t('overview.competencies', { count: framework.competencies.length })}
      </p>
      <Alert tone="info">
        <p>{t('overview.copyNote')}</p>
      </Alert>
      <FormAlert message={errorsOf(resetter.data).formError} />
      <div className="button-row">
        <Button variant="secondary" onClick={exportFile}>
          {t('overview.export')}
        </Button>
        {canChange && !isDefault ? (
          <Button
            variant="secondary"
            onClick={() => setConfirming(true)}
            busy={resetter.state !== 'idle'}
            busyLabel={t('overview.resetting')}
          >
            {t('overview.reset')}
          </Button>
        ) : null}
      </div>
      <StatusMessage message={reset ?? exported} />
      <ConfirmDialog
        open={confirming}
        title={t('overview.resetTitle')}
        confirmLabel={t('overview.resetConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          setExportedFile(undefined);
          resetter.submit(
            { intent: frameworkIntents.reset },
            { method: 'post', encType: 'application/json' },
          );
        }}
      >
        <p>{t('overview.resetText', { name: shown.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
