import type { CycleDetail, CycleStage } from '../../shared/cycles';

type RoundOutcome = Pick<CycleDetail['rounds'][number], 'kind' | 'status' | 'responseCount' | 'anonymityK'>;

/**
 * The stage to mark on the cycle's path. The stored stage moves on when the leader acts (opens a
 * round, writes a behavior); but once a listening round has released its results, listening is
 * done and making the plan is what comes next, before any behavior is written.
 */
export function stageShown(stage: CycleStage, rounds: readonly RoundOutcome[]): CycleStage {
  if (stage !== 'listen') return stage;
  const heard = rounds.some(
    (round) =>
      round.kind === 'listening' && round.status === 'closed' && round.responseCount >= round.anonymityK,
  );
  return heard ? 'commit' : stage;
}
