// i18n: not yet translated
import { type CycleStage, cycleStages } from '../../shared/cycles';

export const stageLabels: Record<CycleStage, string> = {
  reframe: 'Reframe',
  listen: 'Listen',
  commit: 'Commit',
  tell: 'Tell',
  practice: 'Practice',
  review: 'Review',
  done: 'Done',
};

/** The cycle's path as an ordered list: done steps, the current one (aria-current), and what is ahead. */
export function StageIndicator({ stage }: { stage: CycleStage }) {
  const current = cycleStages.indexOf(stage);
  return (
    <ol className="stages" aria-label="Growth cycle stages">
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
            <span className="stage-label">{stageLabels[step]}</span>
            {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** A small badge for lists: the stage a cycle is in. */
export function StageBadge({ stage }: { stage: CycleStage }) {
  return <span className={`status status-stage-${stage}`}>{stageLabels[stage]}</span>;
}
