// i18n: not yet translated
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
import { type CalendarFeedResult, calendarFeedIntents } from './calendar-feed-actions';

function NewFeedUrl({ url }: { url: string }) {
  return (
    <div className="alert alert-success" role="status">
      <p>
        <strong>Copy your calendar link now.</strong> It is shown only this once. In Google Calendar: Other
        calendars › From URL; in Outlook: Add calendar › Subscribe from web; on an iPhone or Mac: Add
        Subscription Calendar.
      </p>
      <p>
        <code className="secret-key" data-testid="calendar-feed-url">
          {url}
        </code>
      </p>
      <CopyButton text={url} label="Copy the link" fallback="Select the link and copy it." />
    </div>
  );
}

export function CalendarFeedSection({ status }: { status: CalendarFeedStatus }) {
  const fetcher = useFetcher<CalendarFeedResult>({ key: 'calendar-feed' });
  const [confirming, setConfirming] = useState<'replace' | 'remove'>();
  const errors = errorsOf(fetcher.data);
  const submit = (intent: string) => fetcher.submit({ intent }, { method: 'post' });
  const created = fetcher.data?.created;
  return (
    <section className="card section" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Calendar</h2>
      <p>
        Subscribe to your own dates in the calendar you use: the time of your daily questions, when a monthly
        check-in or mini-survey is due, and the day each open round closes. Events hold a date and a link back
        here, never a name, a behavior, a note or an answer. Anyone with the link can read these dates, so
        treat it like a password.
      </p>
      <FormAlert message={errors.formError} />
      <StatusMessage message={fetcher.data?.ok ? fetcher.data.message : undefined} />
      {created ? <NewFeedUrl url={created.url} /> : null}
      {status.feed && !created ? (
        <p>Your calendar link was made on {formatDate(status.feed.createdAt)}.</p>
      ) : null}
      <div className="form-actions">
        {status.feed ? (
          <>
            <Button
              variant="secondary"
              busy={fetcher.state !== 'idle'}
              onClick={() => setConfirming('replace')}
            >
              Make a new link
            </Button>
            <Button variant="quiet" onClick={() => setConfirming('remove')}>
              Remove the link
            </Button>
          </>
        ) : (
          <Button
            busy={fetcher.state !== 'idle'}
            busyLabel="Making…"
            onClick={() => submit(calendarFeedIntents.create)}
          >
            Make a calendar link
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== undefined}
        title={confirming === 'remove' ? 'Remove your calendar link?' : 'Make a new calendar link?'}
        confirmLabel={confirming === 'remove' ? 'Remove link' : 'Make new link'}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          submit(confirming === 'remove' ? calendarFeedIntents.remove : calendarFeedIntents.create);
          setConfirming(undefined);
        }}
      >
        <p>The current link stops working at once: calendars subscribed to it stop updating.</p>
      </ConfirmDialog>
    </section>
  );
}
