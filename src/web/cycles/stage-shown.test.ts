import { describe, expect, test } from 'vitest';
import { stageShown } from './stage-shown';

const listening = (status: 'open' | 'closed', responseCount: number) => ({
  kind: 'listening' as const,
  status,
  responseCount,
  anonymityK: 3,
});

describe('the stage marked on a growth cycle', () => {
  test('once the listening round has released its results, the plan is the current stage', () => {
    expect(stageShown('listen', [listening('closed', 4)])).toBe('commit');
  });

  test('while the round is open, or closed with too few answers to show, it is still listening', () => {
    expect(stageShown('listen', [listening('open', 5)])).toBe('listen');
    expect(stageShown('listen', [listening('closed', 2)])).toBe('listen');
  });

  test('a new cycle has been reframed in the wizard, so listening is the current stage', () => {
    expect(stageShown('reframe', [])).toBe('listen');
  });

  test('a stage the leader has already reached is never moved back', () => {
    expect(stageShown('practice', [listening('closed', 4)])).toBe('practice');
    expect(stageShown('done', [])).toBe('done');
  });
});
