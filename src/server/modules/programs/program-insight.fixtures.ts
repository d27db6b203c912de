import type { CycleStage } from '../../../shared/cycles';
import type { ParticipantFacts } from './program-insight.models';

/** One leader's facts, with defaults a test overrides where it matters. */
export function participant(overrides: Partial<ParticipantFacts> = {}): ParticipantFacts {
  return {
    competencyKey: 'listening',
    competencyName: 'Listening',
    startedOn: '2026-03-01',
    stage: 'practice' as CycleStage,
    listened: true,
    followUpRounds: 1,
    change: 1.5,
    followUpLevel: 2,
    ...overrides,
  };
}

export const noParticipation = { invited: 0, enrolled: 0, removed: 0 };
