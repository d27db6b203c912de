import type { CycleDetail, CycleStage } from '../../shared/cycles';

type RoundOutcome = Pick<CycleDetail['rounds'][number], 'kind' | 'status' | 'responseCount' | 'anonymityK'>;

/**
 * The stage to mark on the cycle's path. The stored stage moves on when the leader acts (opens a
 * round, writes a behavior), which leaves the marker one step behind what the page asks next: a
 * cycle exists only once the wizard has reframed the problem, so asking for input is next; and once
 * a listening round has released its results, making the plan is next, before any behavior is written.
 */
export function stageShown(stage: CycleStage, rounds: readonly RoundOutcome[]): CycleStage {
  if (stage === 'reframe') return 'listen';
  if (stage !== 'listen') return stage;
  const heard = rounds.some(
    (round) =>
      round.kind === 'listening' && round.status === 'closed' && round.responseCount >= round.anonymityK,
  );
  return heard ? 'commit' : stage;
}
