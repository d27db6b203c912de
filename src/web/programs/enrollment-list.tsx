import { useState } from 'react';
import { useFetcher } from 'react-router';
import type { Enrollment } from '../../shared/programs';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EmptyState } from '../components/empty-state';
import { richText } from '../i18n/rich-text';
import { programIntents } from './program-actions';
import { useProgramsText } from './programs-text';

const statusKeys = {
  invited: 'enrollment.status.invited',
  enrolled: 'enrollment.status.enrolled',
  removed: 'enrollment.status.removed',
} as const;

/** Who was asked and who joined: a status per person, never what anyone did in their cycle. */
export function EnrollmentList({ enrollments }: { enrollments: Enrollment[] }) {
  const t = useProgramsText();
  const fetcher = useFetcher();
  const [removing, setRemoving] = useState<Enrollment | null>(null);
  return (
    <section className="card section" aria-labelledby="enrollments-heading">
      <div className="section-heading">
        <h2 id="enrollments-heading">{t('enrollment.heading')}</h2>
        <span className="count">
          {t('enrollment.joinedCount', {
            count: enrollments.filter((entry) => entry.status === 'enrolled').length,
          })}
        </span>
      </div>
      {enrollments.length === 0 ? (
        <EmptyState title={t('enrollment.emptyTitle')}>
          <p>{t('enrollment.emptyText')}</p>
        </EmptyState>
      ) : (
        <ul className="member-list" aria-label={t('enrollment.heading')}>
          {enrollments.map((entry) => (
            <li key={entry.id} className="member">
              <div className="member-identity">
                <span className="member-name">{entry.name}</span>
                <span className="member-email">{entry.email}</span>
              </div>
              <span className="enrollment-status">
                {entry.expired ? t('enrollment.expired') : t(statusKeys[entry.status])}
              </span>
              {entry.status === 'removed' ? null : (
                <button type="button" className="link-button" onClick={() => setRemoving(entry)}>
                  {richText(t('enrollment.remove', { name: entry.name }), {
                    hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
                  })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('enrollment.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('enrollment.removeConfirm')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) {
            fetcher.submit({ intent: programIntents.remove, enrollmentId: removing.id }, { method: 'post' });
          }
          setRemoving(null);
        }}
      >
        <p>{t('enrollment.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
