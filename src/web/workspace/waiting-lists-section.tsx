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
import { useWorkspaceText } from './workspace-text';

/** Admins: the lists leaders asked to open, each approved (the round opens) or declined with a reason. */
export function WaitingListsSection({ lists }: { lists: WaitingRoundList[] }) {
  const t = useWorkspaceText();
  return (
    <section className="card section" aria-labelledby="waiting-lists-heading">
      <div className="section-heading">
        <h2 id="waiting-lists-heading">{t('waiting.heading')}</h2>
        <span className="count">{lists.length}</span>
      </div>
      {lists.length === 0 ? (
        <EmptyState title={t('waiting.emptyTitle')}>
          <p>{t('waiting.emptyText')}</p>
        </EmptyState>
      ) : (
        lists.map((list) => <WaitingList key={list.id} list={list} />)
      )}
    </section>
  );
}

function WaitingList({ list }: { list: WaitingRoundList }) {
  const t = useWorkspaceText();
  const { fetcher, errors, succeeded: done, form } = useFormFetcher();
  const headingId = `waiting-${list.id}`;

  return (
    <article className="waiting-list" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('waiting.listHeading', {
          leader: list.leaderName,
          count: list.people.length,
          date: formatDate(`${list.closesOn}T12:00:00Z`),
        })}
      </h3>
      <p className="muted">{list.intro}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('waiting.caption', { leader: list.leaderName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waiting.name')}</th>
              <th scope="col">{t('waiting.email')}</th>
              <th scope="col">{t('waiting.group')}</th>
            </tr>
          </thead>
          <tbody>
            {list.people.map((person) => (
              <tr key={`${person.name}-${person.email ?? ''}`}>
                <td>{person.name}</td>
                <td>{person.email ?? t('waiting.noEmail')}</td>
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
            label={t('waiting.reason')}
            name="reason"
            rows={2}
            hint={t('waiting.reasonHint')}
            error={errors.fieldErrors.reason}
          />
          <div className="form-actions">
            <Button
              type="submit"
              name="intent"
              value={stakeholderPolicyIntents.approve}
              busy={fetcher.state !== 'idle'}
              busyLabel={t('saving')}
            >
              {t('waiting.approve')}
            </Button>
            <Button type="submit" name="intent" value={stakeholderPolicyIntents.decline} variant="secondary">
              {t('waiting.decline')}
            </Button>
          </div>
          <StatusMessage message={done} />
        </fetcher.Form>
      ) : (
        <p className="muted">{t('waiting.ownList')}</p>
      )}
    </article>
  );
}
