import { useEffect, useMemo, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { ActiveFramework, Competency, FrameworkFile } from '../../shared/framework';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { TextAreaField, TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { type FrameworkConflict, type FrameworkResult, frameworkIntents } from './framework-actions';
import {
  changedFrom,
  checkDraft,
  type DraftErrors,
  isSavedBehavior,
  isSavedCompetency,
  mergeDrafts,
  move,
  newBehavior,
  newCompetency,
  savedKeysOf,
} from './framework-draft';
import { frameworkText, useFrameworkText } from './framework-text';

type Behavior = Competency['behaviors'][number];

const withoutRetired = <T extends { retired?: boolean }>({ retired: _, ...item }: T) => item as T;
const toggleRetired = <T extends { retired?: boolean }>(item: T): T =>
  item.retired ? withoutRetired(item) : { ...item, retired: true };

/**
 * The framework edited in place: add, reword, reorder (buttons, so the keyboard can do it) and
 * retire competencies and behaviors, then save it all as the next version. Nothing typed is lost
 * when another admin saved first: their version comes back, and mine can be applied on top of it.
 */
export function FrameworkEditor({ active, onClose }: { active: ActiveFramework; onClose: () => void }) {
  const t = useFrameworkText();
  const fetcher = useFetcher<FrameworkResult>();
  // What this editor started from; a merge after a conflict moves it to the other admin's version.
  const [base, setBase] = useState({ framework: active.framework, version: active.version });
  const [draft, setDraft] = useState<FrameworkFile>(active.framework);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [announcement, setAnnouncement] = useState<string>();
  const [conflict, setConflict] = useState<FrameworkConflict | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opened from the list's button: keyboard and screen-reader users start at the editor's heading.
  useEffect(() => heading.current?.focus(), []);
  const saved = useMemo(() => savedKeysOf(base.framework), [base.framework]);
  const busy = fetcher.state !== 'idle';
  const result = fetcher.state === 'idle' ? fetcher.data : undefined;
  const dirty = changedFrom(base.framework, draft);

  // A newer version loaded (this admin's save, or a reload): start again from it.
  useEffect(() => {
    setBase({ framework: active.framework, version: active.version });
    setDraft(active.framework);
    setErrors({});
  }, [active.framework, active.version]);

  useEffect(() => {
    if (result && !result.ok && result.conflict) setConflict(result.conflict);
  }, [result]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  // After a move the same button keeps focus in the item's new place, or its twin at either end.
  useEffect(() => {
    if (!focusId) return;
    const [target, twin] = [focusable(focusId), focusable(twinOf(focusId))];
    const usable = (element: HTMLElement | null) => element && !(element as HTMLButtonElement).disabled;
    (usable(target) ? target : twin)?.focus();
    setFocusId(null);
  }, [focusId]);

  // Errors appear at their fields; focus goes to the first one.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .editor-error-summary')?.focus();
  }, [errors]);

  const updateCompetency = (index: number, change: (competency: Competency) => Competency) =>
    setDraft((current) => ({
      ...current,
      competencies: current.competencies.map((competency, at) =>
        at === index ? change(competency) : competency,
      ),
    }));
  const updateBehavior = (index: number, at: number, change: (behavior: Behavior) => Behavior) =>
    updateCompetency(index, (competency) => ({
      ...competency,
      behaviors: competency.behaviors.map((behavior, position) =>
        position === at ? change(behavior) : behavior,
      ),
    }));

  function moveCompetency(index: number, by: -1 | 1, name: string) {
    const length = draft.competencies.length;
    const to = Math.min(Math.max(index + by, 0), length - 1);
    setDraft((current) => ({ ...current, competencies: move(current.competencies, index, by) }));
    setAnnouncement(t('editor.moved', { name, position: to + 1, count: length }));
    setFocusId(`${idOf(draft.competencies[index]?.key ?? '')}-${by < 0 ? 'up' : 'down'}`);
  }

  function moveBehavior(index: number, at: number, by: -1 | 1, text: string) {
    const competency = draft.competencies[index] as Competency;
    const length = competency.behaviors.length;
    const to = Math.min(Math.max(at + by, 0), length - 1);
    updateCompetency(index, (current) => ({ ...current, behaviors: move(current.behaviors, at, by) }));
    setAnnouncement(t('editor.movedBehavior', { text, position: to + 1, count: length }));
    const key = competency.behaviors[at]?.key ?? '';
    setFocusId(`${idOf(competency.key)}-${idOf(key)}-${by < 0 ? 'up' : 'down'}`);
  }

  function addCompetency() {
    const competency = newCompetency();
    setDraft((current) => ({ ...current, competencies: [...current.competencies, competency] }));
    setAnnouncement(t('editor.addedCompetency'));
    setFocusId(`${idOf(competency.key)}-name`);
  }

  function addBehavior(index: number) {
    const behavior = newBehavior();
    const competency = draft.competencies[index] as Competency;
    updateCompetency(index, (current) => ({ ...current, behaviors: [...current.behaviors, behavior] }));
    setAnnouncement(t('editor.addedBehavior', { name: competency.name || t('editor.theNewCompetency') }));
    setFocusId(`${idOf(competency.key)}-${idOf(behavior.key)}-text`);
  }

  function save() {
    setConflict(null);
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    fetcher.submit(
      { intent: frameworkIntents.save, baseVersion: base.version, framework: checked.framework },
      { method: 'post', encType: 'application/json' },
    );
  }

  function applyMineOnTheirs() {
    if (!conflict) return;
    setDraft(mergeDrafts(base.framework, draft, conflict.active.framework));
    setBase({ framework: conflict.active.framework, version: conflict.active.version });
    setConflict(null);
    setAnnouncement(t('editor.appliedMine', { version: conflict.active.version }));
  }

  function loadTheirs() {
    if (!conflict) return;
    setBase({ framework: conflict.active.framework, version: conflict.active.version });
    setDraft(conflict.active.framework);
    setConflict(null);
    setAnnouncement(t('editor.loadedTheirs', { version: conflict.active.version }));
  }

  const errorCount = Object.keys(errors).length;
  const refusal = result && !result.ok && !result.conflict ? result.errors.formError : undefined;

  return (
    <section className="card section framework-editor" aria-labelledby="framework-editor-heading">
      <h2 id="framework-editor-heading" ref={heading} tabIndex={-1}>
        {t('editor.heading')}
      </h2>
      <p>
        {t('editor.intro', {
          version: base.version === 0 ? t('editor.builtInVersion') : base.version,
        })}
      </p>
      <Alert tone="info">
        <p>{t('editor.copyNote')}</p>
      </Alert>
      <form
        ref={form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {errorCount > 0 ? (
          <div className="alert alert-error editor-error-summary" role="alert" tabIndex={-1}>
            <p className="alert-title">{t('editor.problems', { count: errorCount })}</p>
            <ul>
              {Object.entries(errors).map(([path, message]) => (
                <li key={path}>{t('editor.problemAt', { where: whereIs(path, draft), problem: message })}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <TextField
          label={t('editor.frameworkName')}
          name="name"
          value={draft.name}
          error={errors.name}
          onChange={(event) => setDraft((current) => ({ ...current, name: event.target.value }))}
        />
        {errors.competencies ? <p className="field-error">{errors.competencies}</p> : null}
        <ol className="editor-competencies" aria-label={t('editor.competencies')}>
          {draft.competencies.map((competency, index) => (
            <CompetencyEditor
              key={competency.key}
              competency={competency}
              index={index}
              count={draft.competencies.length}
              isNew={!isSavedCompetency(saved, competency.key)}
              savedBehavior={(key) => isSavedBehavior(saved, competency.key, key)}
              errors={errors}
              onChange={(change) => updateCompetency(index, change)}
              onBehaviorChange={(at, change) => updateBehavior(index, at, change)}
              onMove={(by) => moveCompetency(index, by, competency.name || t('editor.theNewCompetency'))}
              onMoveBehavior={(at, by, text) =>
                moveBehavior(index, at, by, text || t('editor.theNewBehavior'))
              }
              onAddBehavior={() => addBehavior(index)}
              onRemove={() => {
                setDraft((current) => ({
                  ...current,
                  competencies: current.competencies.filter((_, at) => at !== index),
                }));
                setAnnouncement(t('editor.removedCompetency'));
                setFocusId('framework-add-competency');
              }}
              onRetire={() => {
                updateCompetency(index, toggleRetired);
                setAnnouncement(
                  t(competency.retired ? 'editor.inUseAgain' : 'editor.retiredOnSave', {
                    name: competency.name,
                  }),
                );
              }}
            />
          ))}
        </ol>
        <div className="button-row">
          <Button id="framework-add-competency" variant="secondary" onClick={addCompetency}>
            {t('editor.addCompetency')}
          </Button>
        </div>
        {conflict ? (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={conflictRef}>
            <p className="alert-title">
              {t('editor.conflictTitle', {
                author: conflict.author ?? t('editor.someone'),
                version: conflict.active.version,
              })}
            </p>
            <div className="alert-body">
              <p>
                {conflict.summary
                  ? t('editor.conflictTextChanged', { summary: conflict.summary })
                  : t('editor.conflictText')}
              </p>
              <div className="button-row">
                <Button onClick={applyMineOnTheirs}>
                  {t('editor.applyMine', { version: conflict.active.version })}
                </Button>
                <Button variant="secondary" onClick={loadTheirs}>
                  {t('editor.loadTheirs', { version: conflict.active.version })}
                </Button>
              </div>
            </div>
          </div>
        ) : null}
        {refusal ? <Alert>{refusal}</Alert> : null}
        <div className="button-row">
          <Button type="submit" busy={busy} busyLabel={t('editor.saving')} disabled={!dirty}>
            {t('editor.save', { version: base.version + 1 })}
          </Button>
          {dirty ? (
            <Button
              variant="quiet"
              onClick={() => {
                setDraft(base.framework);
                setErrors({});
                setAnnouncement(t('editor.undone'));
              }}
            >
              {t('editor.undo')}
            </Button>
          ) : (
            <Button variant="secondary" onClick={onClose}>
              {t('editor.close')}
            </Button>
          )}
        </div>
      </form>
      <StatusMessage message={result?.ok ? result.message : announcement} />
    </section>
  );
}

/** The element with this id, or the input inside it (fields make their own input ids). */
function focusable(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (!element || element.matches('button, input, textarea')) return element;
  return element.querySelector('input, textarea');
}

/** A field's path as the draft's errors name it, e.g. "competencies.2.behaviors.0.text". */
const fieldPath = (...parts: (string | number)[]) => parts.join('.');

/** Element ids from keys: keys are slugs or draft keys, safe in an id. */
const idOf = (key: string) => `fw-${key}`;
const twinOf = (id: string) =>
  id.endsWith('-up') ? `${id.slice(0, -3)}-down` : id.endsWith('-down') ? `${id.slice(0, -5)}-up` : id;

/** A problem's place in words, e.g. "Coaching, behavior 3". */
function whereIs(path: string, draft: FrameworkFile): string {
  const [first, index, list, at] = path.split('.');
  if (first !== 'competencies' || index === undefined) return frameworkText('editor.whereFramework');
  const competency = draft.competencies[Number(index)];
  const name = competency?.name || frameworkText('editor.whereNewCompetency', { number: Number(index) + 1 });
  if (list === 'behaviors' && at !== undefined)
    return frameworkText('editor.whereBehavior', { name, number: Number(at) + 1 });
  if (list === 'reflectionPrompts') return frameworkText('editor.wherePrompts', { name });
  return name;
}

type CompetencyEditorProps = {
  competency: Competency;
  index: number;
  count: number;
  isNew: boolean;
  savedBehavior: (key: string) => boolean;
  errors: DraftErrors;
  onChange: (change: (competency: Competency) => Competency) => void;
  onBehaviorChange: (at: number, change: (behavior: Behavior) => Behavior) => void;
  onMove: (by: -1 | 1) => void;
  onMoveBehavior: (at: number, by: -1 | 1, text: string) => void;
  onAddBehavior: () => void;
  onRemove: () => void;
  onRetire: () => void;
};

function CompetencyEditor(props: CompetencyEditorProps) {
  const t = useFrameworkText();
  const { competency, index, count, isNew, errors } = props;
  const id = idOf(competency.key);
  const at = fieldPath('competencies', index);
  const label = competency.name || t('editor.newCompetency');
  const hasError = Object.keys(errors).some((path) => path === at || path.startsWith(`${at}.`));
  return (
    <li className={`card editor-competency${competency.retired ? ' is-retired' : ''}`}>
      <div className="editor-item-heading">
        <h3 id={`${id}-heading`}>
          {label}
          {competency.retired ? (
            <span className="badge editor-retired"> {t('editor.retiredBadge')}</span>
          ) : null}
          {isNew ? <span className="badge editor-new"> {t('editor.newBadge')}</span> : null}
        </h3>
        <div className="button-row editor-item-actions">
          <Button
            id={`${id}-up`}
            variant="quiet"
            disabled={index === 0}
            aria-label={t('editor.moveUpLabel', { name: label })}
            onClick={() => props.onMove(-1)}
          >
            {t('editor.moveUp')}
          </Button>
          <Button
            id={`${id}-down`}
            variant="quiet"
            disabled={index === count - 1}
            aria-label={t('editor.moveDownLabel', { name: label })}
            onClick={() => props.onMove(1)}
          >
            {t('editor.moveDown')}
          </Button>
          {isNew ? (
            <Button
              variant="quiet"
              onClick={props.onRemove}
              aria-label={t('editor.removeLabel', { name: label })}
            >
              {t('editor.remove')}
            </Button>
          ) : (
            <Button
              variant="quiet"
              onClick={props.onRetire}
              aria-label={t(competency.retired ? 'editor.restoreLabel' : 'editor.retireLabel', {
                name: label,
              })}
            >
              {t(competency.retired ? 'editor.restore' : 'editor.retire')}
            </Button>
          )}
        </div>
      </div>
      <details className="editor-details" open={isNew || hasError || undefined}>
        <summary className="editor-summary">{t('editor.editCompetency', { name: label })}</summary>
        <div id={`${id}-name`}>
          <TextField
            label={t('editor.name')}
            name={`${at}.name`}
            value={competency.name}
            error={errors[`${at}.name`]}
            onChange={(event) => props.onChange((current) => ({ ...current, name: event.target.value }))}
          />
        </div>
        <TextAreaField
          label={t('editor.description')}
          name={`${at}.description`}
          rows={3}
          value={competency.description}
          error={errors[`${at}.description`]}
          onChange={(event) => props.onChange((current) => ({ ...current, description: event.target.value }))}
        />
        <TextAreaField
          label={t('editor.whyItMatters')}
          name={`${at}.whyItMatters`}
          rows={3}
          value={competency.whyItMatters}
          error={errors[`${at}.whyItMatters`]}
          onChange={(event) =>
            props.onChange((current) => ({ ...current, whyItMatters: event.target.value }))
          }
        />
        <TextAreaField
          label={t('editor.reflectionPrompts')}
          hint={t('editor.promptsHint')}
          name={`${at}.reflectionPrompts`}
          rows={4}
          value={competency.reflectionPrompts.join('\n')}
          error={
            errors[`${at}.reflectionPrompts`] ??
            Object.entries(errors).find(([path]) =>
              path.startsWith(fieldPath(at, 'reflectionPrompts', '')),
            )?.[1]
          }
          onChange={(event) =>
            props.onChange((current) => ({ ...current, reflectionPrompts: event.target.value.split('\n') }))
          }
        />
        <fieldset className="editor-behaviors" aria-describedby={`${id}-behaviors-hint`}>
          <legend>{t('editor.behaviorsOf', { name: label })}</legend>
          <p className="field-hint" id={`${id}-behaviors-hint`}>
            {t('editor.behaviorsHint')}
          </p>
          {errors[`${at}.behaviors`] ? <p className="field-error">{errors[`${at}.behaviors`]}</p> : null}
          <ol className="editor-behavior-list">
            {competency.behaviors.map((behavior, position) => (
              <BehaviorEditor
                key={behavior.key}
                behavior={behavior}
                id={`${id}-${idOf(behavior.key)}`}
                position={position}
                count={competency.behaviors.length}
                isNew={!props.savedBehavior(behavior.key)}
                error={errors[fieldPath(at, 'behaviors', position, 'text')]}
                onChange={(change) => props.onBehaviorChange(position, change)}
                onMove={(by) => props.onMoveBehavior(position, by, behavior.text)}
                onRemove={() =>
                  props.onChange((current) => ({
                    ...current,
                    behaviors: current.behaviors.filter((_, at) => at !== position),
                  }))
                }
              />
            ))}
          </ol>
          <Button variant="secondary" onClick={props.onAddBehavior}>
            {t('editor.addBehavior', { name: label })}
          </Button>
        </fieldset>
      </details>
    </li>
  );
}

type BehaviorEditorProps = {
  behavior: Behavior;
  id: string;
  position: number;
  count: number;
  isNew: boolean;
  error?: string;
  onChange: (change: (behavior: Behavior) => Behavior) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

function BehaviorEditor({ behavior, id, position, count, isNew, error, ...on }: BehaviorEditorProps) {
  const t = useFrameworkText();
  const number = position + 1;
  const label = t('editor.behavior', { number });
  const named = behavior.text
    ? t('editor.behaviorQuoted', { text: behavior.text })
    : t('editor.behaviorInSentence', { number });
  return (
    <li className={`editor-behavior${behavior.retired ? ' is-retired' : ''}`} id={`${id}-text`}>
      <TextField
        label={behavior.retired ? t('editor.behaviorRetired', { number }) : label}
        name={`behavior-${id}`}
        value={behavior.text}
        error={error}
        onChange={(event) => on.onChange((current) => ({ ...current, text: event.target.value }))}
      />
      <div className="button-row editor-item-actions">
        <Button
          id={`${id}-up`}
          variant="quiet"
          disabled={position === 0}
          aria-label={t('editor.moveUpLabel', { name: named })}
          onClick={() => on.onMove(-1)}
        >
          {t('editor.moveUp')}
        </Button>
        <Button
          id={`${id}-down`}
          variant="quiet"
          disabled={position === count - 1}
          aria-label={t('editor.moveDownLabel', { name: named })}
          onClick={() => on.onMove(1)}
        >
          {t('editor.moveDown')}
        </Button>
        {isNew ? (
          <Button variant="quiet" aria-label={t('editor.removeLabel', { name: named })} onClick={on.onRemove}>
            {t('editor.remove')}
          </Button>
        ) : (
          <Button
            variant="quiet"
            aria-label={t(behavior.retired ? 'editor.restoreLabel' : 'editor.retireLabel', { name: named })}
            onClick={() => on.onChange(toggleRetired)}
          >
            {t(behavior.retired ? 'editor.restore' : 'editor.retire')}
          </Button>
        )}
      </div>
    </li>
  );
}
