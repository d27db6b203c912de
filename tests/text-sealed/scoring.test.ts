import { describe, expect, it } from 'vitest';
import { predictedCommitmentLabel, scoreSelfIdentifying } from './scoring';
import { wilsonInterval } from './wilson';

describe('scoring the sealed sets', () => {
  it('gives the textbook Wilson interval, inside 0..1 even at 0 of n', () => {
    const eightOfTen = wilsonInterval(8, 10);
    expect(eightOfTen.low).toBeCloseTo(0.4902, 4);
    expect(eightOfTen.high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10).high).toBeCloseTo(1, 10);
  });

  it('names a commitment by its most harmful flag, and ok only without flags', () => {
    expect(predictedCommitmentLabel([])).toBe('ok');
    expect(predictedCommitmentLabel(['unobservable'])).toBe('vague');
    expect(predictedCommitmentLabel(['vague', 'outside-control'])).toBe('outside-control');
    expect(predictedCommitmentLabel(['vague', 'micromanagement', 'outside-control'])).toBe('micromanagement');
  });

  it('scores a self-identifying detector as caught and false alarms', () => {
    const cases = [
      { id: 'a', voice: 'v', text: 'as the only tester', identifying: true },
      { id: 'b', voice: 'v', text: 'as the only writer', identifying: true },
      { id: 'c', voice: 'v', text: 'more focus time', identifying: false },
    ];
    const [caught, falseAlarms] = scoreSelfIdentifying((text) => text.includes('tester'), cases);
    expect([caught?.hits, caught?.n, falseAlarms?.hits, falseAlarms?.n]).toEqual([1, 2, 0, 1]);
  });
});
