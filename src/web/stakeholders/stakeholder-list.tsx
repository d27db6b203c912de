// i18n: not yet translated
import { useEffect, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import { type RelationshipGroup, relationshipGroups } from '../../shared/questions';
import type { Stakeholder } from '../../shared/stakeholders';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EmptyState } from '../components/empty-state';
import { StatusMessage } from '../components/status-message';
import { errorsOf, type FormResult } from '../forms';
import { EditStakeholderForm } from './edit-stakeholder-form';
import { stakeholderIntents } from './stakeholders-actions';

const groupHeadings: Record<RelationshipGroup, string> = {
  direct_report: 'Direct reports',
  peer: 'Peers',
  manager: 'Managers',
  other: 'Others',
};

type StakeholderListProps = { stakeholders: Stakeholder[]; anonymityK: number; children?: React.ReactNode };

export function StakeholderList({ stakeholders, anonymityK, children }: StakeholderListProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  // The person stays set while the dialog closes, so its text does not flicker empty.
  const [removing, setRemoving] = useState<Stakeholder | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string>();
  // A fresh fetcher for each edit, so an earlier edit's errors never show on the next one.
  const [editSession, setEditSession] = useState(0);
  const editor = useFetcher<FormResult>({ key: `edit-stakeholder-${editSession}` });
  const saved = editor.state === 'idle' && editor.data?.ok ? editor.data : undefined;
  const remover = useFetcher<FormResult>();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const removed = remover.state === 'idle' && remover.data?.ok ? remover.data : undefined;
  const removeError = errorsOf(remover.data).formError;

  // The removed row is gone, so focus moves to the list's heading rather than being lost.
  useEffect(() => {
    if (!removed) return;
    setNotice(removed.message);
    heading.current?.focus();
  }, [removed]);

  function startEditing(id: string) {
    setNotice(undefined);
    setEditSession((session) => session + 1);
    setEditingId(id);
  }

  function finishEditing(message?: string) {
    setReturnFocusTo(editingId);
    setEditingId(null);
    if (message) setNotice(message);
  }

  // Back on the row's Edit button, which may now sit in another group; found by id once rendered.
  useEffect(() => {
    if (!returnFocusTo) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-edit="${CSS.escape(returnFocusTo)}"]`)?.focus();
    setReturnFocusTo(null);
  }, [returnFocusTo]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per saved edit, not per render.
  useEffect(() => {
    if (saved) finishEditing(saved.message);
  }, [saved]);

  return (
    <section className="card section" aria-labelledby="stakeholders-heading">
      <div className="section-heading">
        <h2 id="stakeholders-heading" ref={heading} tabIndex={-1}>
          Your stakeholders
        </h2>
        <span className="count">{stakeholders.length}</span>
      </div>
      <CountAdvice count={stakeholders.length} anonymityK={anonymityK} />
      <FormAlert message={removeError} />
      <StatusMessage message={notice} />
      {stakeholders.length === 0 ? (
        <EmptyState title="No stakeholders yet">
          <p>Add the people whose view of your leadership you want: one by one below, or paste a list.</p>
        </EmptyState>
      ) : (
        <div ref={list} className="stakeholder-groups">
          {relationshipGroups.map((group) => {
            const members = stakeholders.filter((person) => person.relationshipGroup === group);
            if (members.length === 0) return null;
            return (
              <div key={group} className="stakeholder-group">
                <h3>
                  <span id={`group-${group}`}>{groupHeadings[group]}</span>{' '}
                  <span className="count">{members.length}</span>
                </h3>
                <ul className="member-list" aria-labelledby={`group-${group}`}>
                  {members.map((person) =>
                    editingId === person.id ? (
                      <li key={person.id} className="member member-editing">
                        <EditStakeholderForm
                          stakeholder={person}
                          fetcher={editor}
                          onCancel={() => finishEditing()}
                        />
                      </li>
                    ) : (
                      <StakeholderRow
                        key={person.id}
                        person={person}
                        onEdit={() => startEditing(person.id)}
                        onRemove={() => {
                          setRemoving(person);
                          setConfirming(true);
                        }}
                      />
                    ),
                  )}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {children}
      <ConfirmDialog
        open={confirming}
        title={`Remove ${removing?.name ?? ''}?`}
        confirmLabel={`Remove ${removing?.name ?? ''}`}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          if (removing) {
            setNotice(undefined);
            remover.submit(
              { intent: stakeholderIntents.remove, stakeholderId: removing.id, name: removing.name },
              { method: 'post' },
            );
          }
          setConfirming(false);
        }}
      >
        <p>
          {removing?.name} will no longer be on your list, and future rounds will not ask them. Removing
          someone never removes answers they already gave: those stay in your results, as anonymous as before.
        </p>
      </ConfirmDialog>
    </section>
  );
}

type StakeholderRowProps = { person: Stakeholder; onEdit: () => void; onRemove: () => void };

function StakeholderRow({ person, onEdit, onRemove }: StakeholderRowProps) {
  return (
    <li className="member">
      <div className="member-identity">
        <span className="member-name">{person.name}</span>
        <span className="member-email">{person.email ?? 'No email: you will get a link to pass on'}</span>
      </div>
      <div className="row-actions">
        <Button variant="quiet" data-edit={person.id} aria-label={`Edit ${person.name}`} onClick={onEdit}>
          Edit
        </Button>
        <Button variant="quiet" aria-label={`Remove ${person.name}`} onClick={onRemove}>
          Remove
        </Button>
      </div>
    </li>
  );
}

/** Five to eight people gives a rounded view, and groups big enough for answers to stay anonymous. */
function CountAdvice({ count, anonymityK }: { count: number; anonymityK: number }) {
  if (count === 0) return null;
  const groupRule = `A group gets results of its own when you ask at least ${anonymityK} people in it, and only where ${anonymityK} of them answered; smaller groups are merged.`;
  if (count < 5) {
    return (
      <p className="muted">
        Five to eight people is typical; you have {count}. {groupRule}
      </p>
    );
  }
  return <p className="muted">{groupRule}</p>;
}
