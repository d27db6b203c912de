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
import { type StakeholdersTextKey, useStakeholdersText } from './stakeholders-text';

const groupHeadings = {
  direct_report: 'list.directReports',
  peer: 'list.peers',
  manager: 'list.managers',
  other: 'list.others',
} as const satisfies Record<RelationshipGroup, StakeholdersTextKey>;

type StakeholderListProps = { stakeholders: Stakeholder[]; anonymityK: number; children?: React.ReactNode };

export function StakeholderList({ stakeholders, anonymityK, children }: StakeholderListProps) {
  const t = useStakeholdersText();
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
          {t('list.heading')}
        </h2>
        <span className="count">{stakeholders.length}</span>
      </div>
      <CountAdvice count={stakeholders.length} anonymityK={anonymityK} />
      <FormAlert message={removeError} />
      <StatusMessage message={notice} />
      {stakeholders.length === 0 ? (
        <EmptyState title={t('list.none')}>
          <p>{t('list.noneText')}</p>
        </EmptyState>
      ) : (
        <div ref={list} className="stakeholder-groups">
          {relationshipGroups.map((group) => {
            const members = stakeholders.filter((person) => person.relationshipGroup === group);
            if (members.length === 0) return null;
            return (
              <div key={group} className="stakeholder-group">
                <h3>
                  <span id={`group-${group}`}>{t(groupHeadings[group])}</span>{' '}
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
        title={t('remove.title', { name: removing?.name ?? '' })}
        confirmLabel={t('remove.label', { name: removing?.name ?? '' })}
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
        <p>{t('remove.text', { name: removing?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

type StakeholderRowProps = { person: Stakeholder; onEdit: () => void; onRemove: () => void };

function StakeholderRow({ person, onEdit, onRemove }: StakeholderRowProps) {
  const t = useStakeholdersText();
  return (
    <li className="member">
      <div className="member-identity">
        <span className="member-name">{person.name}</span>
        <span className="member-email">{person.email ?? t('list.noEmail')}</span>
      </div>
      <div className="row-actions">
        <Button
          variant="quiet"
          data-edit={person.id}
          aria-label={t('edit.label', { name: person.name })}
          onClick={onEdit}
        >
          {t('list.edit')}
        </Button>
        <Button variant="quiet" aria-label={t('remove.label', { name: person.name })} onClick={onRemove}>
          {t('list.remove')}
        </Button>
      </div>
    </li>
  );
}

/** Five to eight people gives a rounded view, and groups big enough for answers to stay anonymous. */
function CountAdvice({ count, anonymityK }: { count: number; anonymityK: number }) {
  const t = useStakeholdersText();
  if (count === 0) return null;
  const groupRule = t('advice.groupRule', { k: anonymityK });
  if (count < 5) return <p className="muted">{t('advice.few', { count, groupRule })}</p>;
  return <p className="muted">{groupRule}</p>;
}
