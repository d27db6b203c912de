// i18n: not yet translated
import { useState } from 'react';
import { useFetcher } from 'react-router';
import type { ShareableItem } from '../../shared/coaching';
import { FormAlert } from '../components/alert';
import { ConfirmDialog } from '../components/confirm-dialog';
import { StatusMessage } from '../components/status-message';
import { formatDate } from '../format';
import { errorsOf, type FormResult } from '../forms';
import { coachIntents } from './coaching-actions';
import type { LeadersCoaching } from './coaching-data';
import { CommentThread } from './comment-thread';

export const coachingStatusLabels = {
  invited: 'Invited',
  active: 'Has access',
  revoked: 'Access ended',
  declined: 'Declined',
} as const;

export const coachNameOf = (coaching: Pick<LeadersCoaching, 'coachName' | 'coachEmail'>) =>
  coaching.coachName ?? coaching.coachEmail;

const kindLabels = {
  reflection: 'Cycle reflection',
  relationship_note: 'Relationship note',
  checkin_note: 'Daily-question note',
} as const;

function statusLine(coaching: LeadersCoaching) {
  if (coaching.status === 'invited') return `Invited on ${formatDate(coaching.invitedAt)}`;
  if (coaching.status === 'active' && coaching.acceptedAt)
    return `Has access since ${formatDate(coaching.acceptedAt)}`;
  if (coaching.endedAt) return `${coachingStatusLabels[coaching.status]} on ${formatDate(coaching.endedAt)}`;
  return coachingStatusLabels[coaching.status];
}

/** The leader's private notes, each shared with this coach or not, one button each. */
function ShareableItems({ coaching, items }: { coaching: LeadersCoaching; items: ShareableItem[] }) {
  const fetcher = useFetcher<FormResult>();
  const errors = errorsOf(fetcher.data);
  const done = fetcher.state === 'idle' && fetcher.data?.ok ? fetcher.data.message : undefined;
  const name = coachNameOf(coaching);
  return (
    <section className="subsection" aria-labelledby={`share-${coaching.id}`}>
      <h3 id={`share-${coaching.id}`}>What you share</h3>
      <p className="muted">
        Your notes stay private. {name} sees a note only while you share it here, and a relationship note
        without the person's name.
      </p>
      <FormAlert message={errors.formError} />
      {items.length === 0 ? (
        <p className="muted">
          You have no reflections, relationship notes or daily-question notes in this workspace yet.
        </p>
      ) : (
        <ul className="share-list" aria-label={`Notes you can share with ${name}`}>
          {items.map((item) => {
            const label = `${kindLabels[item.kind]}: ${item.label}`;
            return (
              <li key={`${item.kind}-${item.ref}`} className="share-item">
                <div className="share-text">
                  <p className="share-label">
                    {label}
                    {item.shareId ? <span className="share-state"> · Shared</span> : null}
                  </p>
                  <p className="muted">{item.text || '(no text)'}</p>
                </div>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={fetcher.state !== 'idle'}
                  onClick={() =>
                    fetcher.submit(
                      item.shareId
                        ? { intent: coachIntents.unshare, coachingId: coaching.id, shareId: item.shareId }
                        : {
                            intent: coachIntents.share,
                            coachingId: coaching.id,
                            kind: item.kind,
                            ref: item.ref,
                          },
                      { method: 'post' },
                    )
                  }
                >
                  {item.shareId ? 'Stop sharing' : 'Share'}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <StatusMessage message={done} />
    </section>
  );
}

/** Every coach the leader invited in this workspace: status, the way to end access, thread and shares. */
export function LeadersCoaches({ coachings }: { coachings: LeadersCoaching[] }) {
  const fetcher = useFetcher<FormResult>();
  const errors = errorsOf(fetcher.data);
  const revoked = fetcher.state === 'idle' && fetcher.data?.ok ? fetcher.data.message : undefined;
  const [revoking, setRevoking] = useState<LeadersCoaching | null>(null);
  return (
    <>
      <FormAlert message={errors.formError} />
      <StatusMessage message={revoked} />
      {coachings.map((coaching) => {
        const name = coachNameOf(coaching);
        const live = coaching.status === 'invited' || coaching.status === 'active';
        return (
          <section key={coaching.id} className="card section" aria-labelledby={`coach-${coaching.id}`}>
            <div className="section-heading">
              <h2 id={`coach-${coaching.id}`}>{name}</h2>
              <span className={`coaching-status coaching-status-${coaching.status}`}>
                {coachingStatusLabels[coaching.status]}
              </span>
            </div>
            <p className="muted">
              {coaching.coachEmail} · {statusLine(coaching)}
            </p>
            {live ? (
              <button type="button" className="button button-danger" onClick={() => setRevoking(coaching)}>
                {coaching.status === 'invited' ? 'Withdraw invitation' : 'End access'}
                <span className="visually-hidden"> for {name}</span>
              </button>
            ) : null}
            {coaching.shareable ? <ShareableItems coaching={coaching} items={coaching.shareable} /> : null}
            {coaching.comments ? (
              <CommentThread
                coachingId={coaching.id}
                comments={coaching.comments}
                viewer="leader"
                otherName={name}
                open={coaching.status === 'active'}
              />
            ) : null}
          </section>
        );
      })}
      <ConfirmDialog
        open={revoking !== null}
        title={
          revoking?.status === 'invited'
            ? `Withdraw the invitation to ${revoking ? coachNameOf(revoking) : ''}?`
            : `End ${revoking ? coachNameOf(revoking) : ''}'s access?`
        }
        confirmLabel={revoking?.status === 'invited' ? 'Withdraw' : 'End access'}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) {
            fetcher.submit({ intent: coachIntents.revoke, coachingId: revoking.id }, { method: 'post' });
          }
          setRevoking(null);
        }}
      >
        <p>
          From their next page on they see nothing of yours: not your cycle, results or practice, and no note
          you shared. You keep your comments with them. To work with them again, invite them again.
        </p>
      </ConfirmDialog>
    </>
  );
}
