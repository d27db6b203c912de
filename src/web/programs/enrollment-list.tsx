// i18n: not yet translated
import { useState } from 'react';
import { useFetcher } from 'react-router';
import type { Enrollment } from '../../shared/programs';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EmptyState } from '../components/empty-state';
import { programIntents } from './program-actions';

const statusLabels = { invited: 'Invited', enrolled: 'Joined', removed: 'Removed' } as const;

/** Who was asked and who joined: a status per person, never what anyone did in their cycle. */
export function EnrollmentList({ enrollments }: { enrollments: Enrollment[] }) {
  const fetcher = useFetcher();
  const [removing, setRemoving] = useState<Enrollment | null>(null);
  return (
    <section className="card section" aria-labelledby="enrollments-heading">
      <div className="section-heading">
        <h2 id="enrollments-heading">Enrollment</h2>
        <span className="count">
          {enrollments.filter((entry) => entry.status === 'enrolled').length} joined
        </span>
      </div>
      {enrollments.length === 0 ? (
        <EmptyState title="Nobody invited yet">
          <p>Invite the cohort's leaders below.</p>
        </EmptyState>
      ) : (
        <ul className="member-list" aria-label="Enrollment">
          {enrollments.map((entry) => (
            <li key={entry.id} className="member">
              <div className="member-identity">
                <span className="member-name">{entry.name}</span>
                <span className="member-email">{entry.email}</span>
              </div>
              <span className="enrollment-status">
                {entry.expired ? 'Invitation expired' : statusLabels[entry.status]}
              </span>
              {entry.status === 'removed' ? null : (
                <button type="button" className="link-button" onClick={() => setRemoving(entry)}>
                  Remove<span className="visually-hidden"> {entry.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ''} from the program?`}
        confirmLabel="Remove"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) {
            fetcher.submit({ intent: programIntents.remove, enrollmentId: removing.id }, { method: 'post' });
          }
          setRemoving(null);
        }}
      >
        <p>
          Their invitation stops working and they can start no new cycle in this program. Their growth cycle,
          rounds and notes stay theirs. Figures already counting them keep doing so, so removing someone never
          changes what you see about the cohort.
        </p>
      </ConfirmDialog>
    </section>
  );
}
