import { type CycleStage, cycleStages } from '../../shared/cycles';
import { type CyclesTextKey, useCyclesText } from './cycles-text';

const stageKeys = {
  reframe: 'stage.reframe',
  listen: 'stage.listen',
  commit: 'stage.commit',
  tell: 'stage.tell',
  practice: 'stage.practice',
  review: 'stage.review',
  done: 'stage.done',
} as const satisfies Record<CycleStage, CyclesTextKey>;

/** The cycle's path as an ordered list: done steps, the current one (aria-current), and what is ahead. */
export function StageIndicator({ stage }: { stage: CycleStage }) {
  const t = useCyclesText();
  const current = cycleStages.indexOf(stage);
  return (
    <ol className="stages" aria-label={t('stages.label')}>
      {cycleStages.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'ahead';
        return (
          <li
            key={step}
            className={`stage stage-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stage-marker" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="stage-label">{t(stageKeys[step])}</span>
            {state === 'done' ? <span className="visually-hidden">{t('stages.done')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** A small badge for lists: the stage a cycle is in. */
export function StageBadge({ stage }: { stage: CycleStage }) {
  const t = useCyclesText();
  return <span className={`status status-stage-${stage}`}>{t(stageKeys[stage])}</span>;
}
