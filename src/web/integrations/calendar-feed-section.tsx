import { useState } from 'react';
import { useFetcher } from 'react-router';
import type { CalendarFeedStatus } from '../../shared/calendar-feed';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyButton } from '../components/copy-button';
import { StatusMessage } from '../components/status-message';
import { formatDate } from '../format';
import { errorsOf } from '../forms';
import { richText } from '../i18n/rich-text';
import { type CalendarFeedResult, calendarFeedIntents } from './calendar-feed-actions';
import { useIntegrationsText } from './integrations-text';

function NewFeedUrl({ url }: { url: string }) {
  const t = useIntegrationsText();
  return (
    <div className="alert alert-success" role="status">
      <p>{richText(t('calendar.newUrl'), { strong: (chunk) => <strong>{chunk}</strong> })}</p>
      <p>
        <code className="secret-key" data-testid="calendar-feed-url">
          {url}
        </code>
      </p>
      <CopyButton text={url} label={t('calendar.copy')} fallback={t('calendar.copyFallback')} />
    </div>
  );
}

export function CalendarFeedSection({ status }: { status: CalendarFeedStatus }) {
  const t = useIntegrationsText();
  const fetcher = useFetcher<CalendarFeedResult>({ key: 'calendar-feed' });
  const [confirming, setConfirming] = useState<'replace' | 'remove'>();
  const errors = errorsOf(fetcher.data);
  const submit = (intent: string) => fetcher.submit({ intent }, { method: 'post' });
  const created = fetcher.data?.created;
  return (
    <section className="card section" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">{t('calendar.heading')}</h2>
      <p>{t('calendar.text')}</p>
      <FormAlert message={errors.formError} />
      <StatusMessage message={fetcher.data?.ok ? fetcher.data.message : undefined} />
      {created ? <NewFeedUrl url={created.url} /> : null}
      {status.feed && !created ? (
        <p>{t('calendar.madeOn', { date: formatDate(status.feed.createdAt) })}</p>
      ) : null}
      <div className="form-actions">
        {status.feed ? (
          <>
            <Button
              variant="secondary"
              busy={fetcher.state !== 'idle'}
              onClick={() => setConfirming('replace')}
            >
              {t('calendar.makeNew')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming('remove')}>
              {t('calendar.remove')}
            </Button>
          </>
        ) : (
          <Button
            busy={fetcher.state !== 'idle'}
            busyLabel={t('calendar.making')}
            onClick={() => submit(calendarFeedIntents.create)}
          >
            {t('calendar.make')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== undefined}
        title={t(confirming === 'remove' ? 'calendar.removeTitle' : 'calendar.replaceTitle')}
        confirmLabel={t(confirming === 'remove' ? 'calendar.removeConfirm' : 'calendar.replaceConfirm')}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          submit(confirming === 'remove' ? calendarFeedIntents.remove : calendarFeedIntents.create);
          setConfirming(undefined);
        }}
      >
        <p>{t('calendar.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
