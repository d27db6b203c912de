import { useState } from 'react';
import { useFetcher } from 'react-router';
import type { ShareableItem } from '../../shared/coaching';
import { FormAlert } from '../components/alert';
import { ConfirmDialog } from '../components/confirm-dialog';
import { StatusMessage } from '../components/status-message';
import { formatDate } from '../format';
import { errorsOf, type FormResult } from '../forms';
import { richText } from '../i18n/rich-text';
import { coachIntents } from './coaching-actions';
import type { LeadersCoaching } from './coaching-data';
import { type CoachingText, useCoachingText } from './coaching-text';
import { CommentThread } from './comment-thread';

const statusKeys = {
  invited: 'status.invited',
  active: 'status.active',
  revoked: 'status.revoked',
  declined: 'status.declined',
} as const;

const endedKeys = {
  invited: 'status.invitedOn',
  active: 'status.activeSince',
  revoked: 'status.revokedOn',
  declined: 'status.declinedOn',
} as const;

export const coachNameOf = (coaching: Pick<LeadersCoaching, 'coachName' | 'coachEmail'>) =>
  coaching.coachName ?? coaching.coachEmail;

const kindKeys = {
  reflection: 'kind.reflection',
  relationship_note: 'kind.relationship_note',
  checkin_note: 'kind.checkin_note',
} as const;

function statusLine(coaching: LeadersCoaching, t: CoachingText) {
  if (coaching.status === 'invited') return t('status.invitedOn', { date: formatDate(coaching.invitedAt) });
  if (coaching.status === 'active' && coaching.acceptedAt)
    return t('status.activeSince', { date: formatDate(coaching.acceptedAt) });
  if (coaching.endedAt) return t(endedKeys[coaching.status], { date: formatDate(coaching.endedAt) });
  return t(statusKeys[coaching.status]);
}

/** The leader's private notes, each shared with this coach or not, one button each. */
function ShareableItems({ coaching, items }: { coaching: LeadersCoaching; items: ShareableItem[] }) {
  const t = useCoachingText();
  const fetcher = useFetcher<FormResult>();
  const errors = errorsOf(fetcher.data);
  const done = fetcher.state === 'idle' && fetcher.data?.ok ? fetcher.data.message : undefined;
  const name = coachNameOf(coaching);
  return (
    <section className="subsection" aria-labelledby={`share-${coaching.id}`}>
      <h3 id={`share-${coaching.id}`}>{t('share.heading')}</h3>
      <p className="muted">{t('share.text', { name })}</p>
      <FormAlert message={errors.formError} />
      {items.length === 0 ? (
        <p className="muted">{t('share.nothing')}</p>
      ) : (
        <ul className="share-list" aria-label={t('share.list', { name })}>
          {items.map((item) => {
            const label = t('share.label', { kind: t(kindKeys[item.kind]), label: item.label });
            return (
              <li key={`${item.kind}-${item.ref}`} className="share-item">
                <div className="share-text">
                  <p className="share-label">
                    {label}
                    {item.shareId ? <span className="share-state">{t('share.shared')}</span> : null}
                  </p>
                  <p className="muted">{item.text || t('share.noText')}</p>
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
                  {richText(t(item.shareId ? 'share.stop' : 'share.share', { label }), {
                    hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
                  })}
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
  const t = useCoachingText();
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
                {t(statusKeys[coaching.status])}
              </span>
            </div>
            <p className="muted">
              {coaching.coachEmail} · {statusLine(coaching, t)}
            </p>
            {live ? (
              <button type="button" className="button button-danger" onClick={() => setRevoking(coaching)}>
                {richText(t(coaching.status === 'invited' ? 'revoke.withdraw' : 'revoke.end', { name }), {
                  hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
                })}
              </button>
            ) : null}
            {coaching.shareable ? <ShareableItems coaching={coaching} items={coaching.shareable} /> : null}
            {coaching.comments ? (
              <CommentThread
                coachingId={coaching.id}
                comments={coaching.comments}
                viewer={'leader'}
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
            ? t('revoke.withdrawTitle', { name: revoking ? coachNameOf(revoking) : '' })
            : t('revoke.endTitle', { name: revoking ? coachNameOf(revoking) : '' })
        }
        confirmLabel={revoking?.status === 'invited' ? t('revoke.withdrawConfirm') : t('revoke.endConfirm')}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) {
            fetcher.submit({ intent: coachIntents.revoke, coachingId: revoking.id }, { method: 'post' });
          }
          setRevoking(null);
        }}
      >
        <p>{t('revoke.body')}</p>
      </ConfirmDialog>
    </>
  );
}
