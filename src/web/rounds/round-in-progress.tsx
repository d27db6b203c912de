import { useEffect, useState } from 'react';
import { useFetcher, useRevalidator } from 'react-router';
import type { RoundDetail } from '../../shared/rounds';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { AddToCalendar } from '../cycles/add-to-calendar';
import { formatDay } from '../cycles/day';
import { richText } from '../i18n/rich-text';
import type { RoundActionResult } from './round-actions';
import { roundIntents } from './round-actions';
import { useRoundsText } from './rounds-text';

const refreshEveryMs = 60_000;

/** While a round is open the leader sees how many answered — never who — and can close it early. */
export function RoundInProgress({
  round,
  responseCount,
  emailCanBeSent,
}: {
  round: RoundDetail;
  responseCount: number;
  emailCanBeSent: boolean;
}) {
  const t = useRoundsText();
  const fetcher = useFetcher<RoundActionResult>();
  const [confirming, setConfirming] = useState(false);
  const k = round.anonymityK;
  const share = round.invitedCount > 0 ? Math.min(1, responseCount / round.invitedCount) : 0;
  const refused = fetcher.data?.ok === false ? fetcher.data.errors.formError : undefined;
  useRefreshWhileVisible();

  return (
    <section className="card section" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('progress.heading')}</h2>
      <p className="big-count" role="status">
        {t('progress.haveAnswered', { count: responseCount, invited: round.invitedCount })}
      </p>
      <div className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p>
        {richText(t('progress.closes', { day: formatDay(round.closesOn), k }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}{' '}
        <AddToCalendar cycleId={round.cycleId} kind="round-closing" label={t('progress.addToCalendar')} />
      </p>
      <p className="muted">
        {emailCanBeSent ? t('progress.nobodySeesReminders') : t('progress.nobodySeesNoMail')}
      </p>
      {refused ? <Alert>{refused}</Alert> : null}
      <div className="button-row">
        <Button
          variant="secondary"
          busy={fetcher.state !== 'idle'}
          busyLabel={t('progress.closing')}
          onClick={() => setConfirming(true)}
        >
          {t('progress.closeNow')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('progress.confirmTitle')}
        confirmLabel={t('progress.confirmButton')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          fetcher.submit({ intent: roundIntents.close }, { method: 'post' });
        }}
      >
        {responseCount >= k ? (
          <p>{t('progress.confirmEnough')}</p>
        ) : (
          <p>{t('progress.confirmTooFew', { count: responseCount, k })}</p>
        )}
      </ConfirmDialog>
    </section>
  );
}

/** New answers arrive while the page is open; the count catches up without a reload. */
function useRefreshWhileVisible() {
  const revalidator = useRevalidator();
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && revalidator.state === 'idle')
        void revalidator.revalidate();
    }, refreshEveryMs);
    return () => window.clearInterval(timer);
  }, [revalidator]);
}
