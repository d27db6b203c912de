import { describe, expect, test } from 'vitest';
import { createRefusalPacer, refusalPacing } from './refusal-pacer';

describe('refusal pacer', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  test('a network gets its first refusals at once, then each is held', () => {
    const time = clock();
    const pacer = createRefusalPacer(time.now);
    const plans = Array.from({ length: refusalPacing.freePerWindow + 1 }, () => pacer.plan('203.0.113.1'));
    expect(plans.slice(0, -1).every((plan) => plan.kind === 'answer')).toBe(true);
    expect(plans.at(-1)).toEqual({ kind: 'hold', ms: refusalPacing.holdMs });
    expect(pacer.plan('203.0.113.2')).toEqual({ kind: 'answer' });
  });

  test('a new window starts the count over', () => {
    const time = clock();
    const pacer = createRefusalPacer(time.now, { ...refusalPacing, freePerWindow: 1 });
    pacer.plan('203.0.113.1');
    expect(pacer.plan('203.0.113.1').kind).toBe('hold');
    time.advance(refusalPacing.windowMs);
    expect(pacer.plan('203.0.113.1').kind).toBe('answer');
  });

  test('past the held cap a refusal is dropped, until a held one is released', () => {
    const pacer = createRefusalPacer(clock().now, { ...refusalPacing, freePerWindow: 0, maxHeld: 2 });
    expect([pacer.plan('a'), pacer.plan('b'), pacer.plan('c')].map((plan) => plan.kind)).toEqual([
      'hold',
      'hold',
      'drop',
    ]);
    pacer.released();
    expect(pacer.plan('c').kind).toBe('hold');
  });

  test('the networks it remembers are bounded: past the cap it starts over', () => {
    const pacer = createRefusalPacer(clock().now, { ...refusalPacing, freePerWindow: 1, maxNetworks: 2 });
    pacer.plan('a');
    expect(pacer.plan('a').kind).toBe('hold');
    pacer.plan('b');
    pacer.plan('c');
    expect(pacer.plan('a').kind).toBe('answer');
  });
});
