// i18n: not yet translated
import { relationshipGroupLabels } from '../../shared/questions';
import type { WaitingRoundList } from '../../shared/stakeholder-policy';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { EmptyState } from '../components/empty-state';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { formatDate } from '../format';
import { stakeholderPolicyIntents } from './stakeholder-policy-actions';

/** Admins: the lists leaders asked to open, each approved (the round opens) or declined with a reason. */
export function WaitingListsSection({ lists }: { lists: WaitingRoundList[] }) {
  return (
    <section className="card section" aria-labelledby="waiting-lists-heading">
      <div className="section-heading">
        <h2 id="waiting-lists-heading">Lists waiting for approval</h2>
        <span className="count">{lists.length}</span>
      </div>
      {lists.length === 0 ? (
        <EmptyState title="No lists waiting">
          <p>When a leader asks people for input, their list appears here before anyone is invited.</p>
        </EmptyState>
      ) : (
        lists.map((list) => <WaitingList key={list.id} list={list} />)
      )}
    </section>
  );
}

function WaitingList({ list }: { list: WaitingRoundList }) {
  const { fetcher, errors, succeeded: done, form } = useFormFetcher();
  const headingId = `waiting-${list.id}`;

  return (
    <article className="waiting-list" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {list.leaderName} asks {list.people.length} people, until {formatDate(`${list.closesOn}T12:00:00Z`)}
      </h3>
      <p className="muted">{list.intro}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">People {list.leaderName} asks</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Group</th>
            </tr>
          </thead>
          <tbody>
            {list.people.map((person) => (
              <tr key={`${person.name}-${person.email ?? ''}`}>
                <td>{person.name}</td>
                <td>{person.email ?? 'No email'}</td>
                <td>{relationshipGroupLabels[person.relationshipGroup]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.canDecide ? (
        <fetcher.Form method="post" noValidate ref={form} className="form form-compact">
          <input type="hidden" name="approvalId" value={list.id} />
          <FormAlert message={errors.formError} />
          <TextAreaField
            label="Reason, if you decline"
            name="reason"
            rows={2}
            hint="The leader sees it, so they can fix the list and ask again."
            error={errors.fieldErrors.reason}
          />
          <div className="form-actions">
            <Button
              type="submit"
              name="intent"
              value={stakeholderPolicyIntents.approve}
              busy={fetcher.state !== 'idle'}
              busyLabel="Saving…"
            >
              Approve and open the round
            </Button>
            <Button type="submit" name="intent" value={stakeholderPolicyIntents.decline} variant="secondary">
              Decline
            </Button>
          </div>
          <StatusMessage message={done} />
        </fetcher.Form>
      ) : (
        <p className="muted">This is your own list: another admin approves it.</p>
      )}
    </article>
  );
}
