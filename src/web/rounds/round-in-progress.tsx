// i18n: not yet translated
import { useEffect, useState } from 'react';
import { useFetcher, useRevalidator } from 'react-router';
import type { RoundDetail } from '../../shared/rounds';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { AddToCalendar } from '../cycles/add-to-calendar';
import { formatDay } from '../cycles/day';
import type { RoundActionResult } from './round-actions';
import { roundIntents } from './round-actions';

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
  const fetcher = useFetcher<RoundActionResult>();
  const [confirming, setConfirming] = useState(false);
  const k = round.anonymityK;
  const share = round.invitedCount > 0 ? Math.min(1, responseCount / round.invitedCount) : 0;
  const refused = fetcher.data?.ok === false ? fetcher.data.errors.formError : undefined;
  useRefreshWhileVisible();

  return (
    <section className="card section" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers so far</h2>
      <p className="big-count" role="status">
        {responseCount} of {round.invitedCount} have answered
      </p>
      <div className="progress-track" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p>
        The round closes at the end of <strong>{formatDay(round.closesOn)}</strong>. Then you will see the
        combined results, if at least {k} people answered.{' '}
        <AddToCalendar cycleId={round.cycleId} kind="round-closing" what="the closing day" />
      </p>
      <p className="muted">
        Nobody — not you, not an admin — can see who has answered.{' '}
        {emailCanBeSent
          ? 'Feedforward emails a reminder to those who have not answered yet, if it has their address, without telling you who they are.'
          : 'This Feedforward has no mail server, so it sends no reminders. To nudge people, remind everyone you asked at once, so no one is singled out.'}
      </p>
      {refused ? <Alert>{refused}</Alert> : null}
      <div className="button-row">
        <Button
          variant="secondary"
          busy={fetcher.state !== 'idle'}
          busyLabel="Closing…"
          onClick={() => setConfirming(true)}
        >
          Close now
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Close the round now?"
        confirmLabel="Close round"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          fetcher.submit({ intent: roundIntents.close }, { method: 'post' });
        }}
      >
        {responseCount >= k ? (
          <p>
            No one else will be able to answer, and you will see the combined results straight away. This
            cannot be undone.
          </p>
        ) : (
          <p>
            Only {responseCount} {responseCount === 1 ? 'person has' : 'people have'} answered, fewer than the{' '}
            {k} needed. If you close now, nothing from this round can ever be shown — not even the suggestions
            — to protect their anonymity. This cannot be undone.
          </p>
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
