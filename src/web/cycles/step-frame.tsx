import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { useCyclesText } from './cycles-text';

type StepFrameProps = {
  title: string;
  /** Moves focus to this step's heading when it appears (not on the page's first step). */
  focusOnShow: boolean;
  intro?: ReactNode;
  formError?: string;
  onBack?: () => void;
  submitLabel: string;
  busy?: boolean;
  busyLabel?: string;
  onSubmit: () => void;
  children: ReactNode;
};

/** One step of a guided flow: its heading, its inputs, and Back / Continue. */
export function StepFrame(props: StepFrameProps) {
  const { title, focusOnShow, intro, formError, onBack, submitLabel, busy, busyLabel, onSubmit, children } =
    props;
  const t = useCyclesText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <section className="card section step" aria-labelledby="step-heading">
      <h2 id="step-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {intro}
      <form noValidate className="form" onSubmit={submit}>
        <FormAlert message={formError} />
        {children}
        <div className="form-actions step-actions">
          {onBack ? (
            <Button variant="secondary" onClick={onBack}>
              {t('step.back')}
            </Button>
          ) : null}
          <Button type="submit" busy={busy} busyLabel={busyLabel}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The flow's steps as a short ordered list, the current one marked for screen readers. */
export function StepList({ titles, current }: { titles: readonly string[]; current: number }) {
  const t = useCyclesText();
  return (
    <ol className="stages stages-compact" aria-label={t('step.list')}>
      {titles.map((title, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'ahead';
        return (
          <li
            key={title}
            className={`stage stage-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stage-marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="stage-label">{title}</span>
            {state === 'done' ? <span className="visually-hidden">{t('stages.done')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
