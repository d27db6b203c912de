import { useEffect, useId, useRef, useState } from 'react';
import { type FetcherWithComponents, useFetcher } from 'react-router';
import type { CycleDetail } from '../../shared/cycles';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useFocusFirstInvalid } from '../components/focus-first-invalid';
import { TextAreaField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { errorsOf } from '../forms';
import { richText } from '../i18n/rich-text';
import {
  asSelfStatement,
  type BaselineDraft,
  BaselineFields,
  baselineOf,
  selfScale,
} from './baseline-fields';
import { type CycleActionResult, cycleIntents } from './cycle-actions';
import { useCyclesText } from './cycles-text';

/** The problem, the goal and the self-ratings, read as written and editable in place until the cycle closes. */
export function StartingPoint({ cycle }: { cycle: CycleDetail }) {
  const t = useCyclesText();
  const fetcher = useFetcher<CycleActionResult>();
  const [editing, setEditing] = useState(false);
  const editButtonId = useId();
  const data = fetcher.state === 'idle' ? fetcher.data : undefined;
  const saved = data?.ok && data.intent === cycleIntents.update ? data.message : undefined;

  // After saving, the read view returns and focus goes back to where editing started.
  useEffect(() => {
    if (!data?.ok) return;
    setEditing(false);
  }, [data]);
  useEffect(() => {
    if (!editing && data?.ok) document.getElementById(editButtonId)?.focus();
  }, [editing, data, editButtonId]);

  return (
    <section className="card section" aria-labelledby="starting-point-heading">
      <div className="section-heading section-heading-split">
        <h2 id="starting-point-heading">{t('startingPoint.heading')}</h2>
        {editing || cycle.stage === 'done' ? null : (
          <Button variant="quiet" id={editButtonId} onClick={() => setEditing(true)}>
            {richText(t('startingPoint.edit'), {
              hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
            })}
          </Button>
        )}
      </div>
      <StatusMessage message={editing ? undefined : saved} />
      {editing ? (
        <EditStartingPoint cycle={cycle} fetcher={fetcher} onCancel={() => setEditing(false)} />
      ) : (
        <ReadStartingPoint cycle={cycle} />
      )}
    </section>
  );
}

function ReadStartingPoint({ cycle }: { cycle: CycleDetail }) {
  const t = useCyclesText();
  return (
    <dl className="summary-list">
      <div>
        <dt>{t('startingPoint.problem')}</dt>
        <dd className="prose">{cycle.problem}</dd>
      </div>
      <div>
        <dt>{t('startingPoint.goal')}</dt>
        <dd className="prose">{cycle.goal}</dd>
      </div>
      <div>
        <dt>{t('startingPoint.ratedYourself')}</dt>
        <dd>
          <ul className="self-ratings">
            {cycle.competency.behaviors.map((behavior) => {
              const rating = cycle.baseline[behavior.key];
              return (
                <li key={behavior.key}>
                  <span>{asSelfStatement(behavior.text)}</span>
                  <span className="self-rating-value">
                    {rating === undefined
                      ? t('startingPoint.notRated')
                      : t('startingPoint.rating', { rating, max: selfScale.max })}
                  </span>
                </li>
              );
            })}
          </ul>
        </dd>
      </div>
    </dl>
  );
}

type EditProps = {
  cycle: CycleDetail;
  fetcher: FetcherWithComponents<CycleActionResult>;
  onCancel: () => void;
};

function EditStartingPoint({ cycle, fetcher, onCancel }: EditProps) {
  const t = useCyclesText();
  const [problem, setProblem] = useState(cycle.problem);
  const [goal, setGoal] = useState(cycle.goal);
  const [baseline, setBaseline] = useState<BaselineDraft>(cycle.baseline);
  // The self-ratings are the "before" that others' answers are compared with.
  const asked = cycle.rounds.length > 0;
  const form = useRef<HTMLFormElement>(null);
  const result = fetcher.data?.intent === cycleIntents.update ? fetcher.data : undefined;
  const errors = errorsOf(result);
  useFocusFirstInvalid(form, result?.ok === false ? result : undefined);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    fetcher.submit(
      { intent: cycleIntents.update, problem, goal, baseline: baselineOf(baseline) },
      { method: 'post', encType: 'application/json' },
    );
  }

  return (
    <form noValidate ref={form} className="form" onSubmit={submit}>
      <FormAlert message={errors.formError} />
      <TextAreaField
        label={t('startingPoint.problem')}
        name="problem"
        rows={4}
        value={problem}
        onChange={(event) => setProblem(event.target.value)}
        error={errors.fieldErrors.problem}
      />
      <TextAreaField
        label={t('startingPoint.goal')}
        name="goal"
        rows={3}
        value={goal}
        onChange={(event) => setGoal(event.target.value)}
        error={errors.fieldErrors.goal}
      />
      {asked ? (
        <p className="muted">{t('startingPoint.ratingsKept')}</p>
      ) : (
        <>
          <h3 className="form-subheading">{t('startingPoint.rateYourself')}</h3>
          <BaselineFields
            competency={cycle.competency}
            value={baseline}
            onChange={setBaseline}
            error={errors.fieldErrors.baseline}
          />
        </>
      )}
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('startingPoint.saving')}>
          {t('startingPoint.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('startingPoint.cancel')}
        </Button>
      </div>
    </form>
  );
}
