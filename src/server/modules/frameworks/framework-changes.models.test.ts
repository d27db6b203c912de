import { describe, expect, test } from 'vitest';
import type { FrameworkFile } from '../../../shared/framework';
import { defaultFramework } from './default-framework';
import { describeFrameworkChanges, summarizeChanges } from './framework-changes.models';

const copy = (): FrameworkFile => structuredClone(defaultFramework);

describe('what a framework save changed', () => {
  test('nothing, when nothing changed', () => {
    expect(describeFrameworkChanges(defaultFramework, copy())).toEqual([]);
  });

  test('an added, retired and reworded behavior, and reordered competencies', () => {
    const after = copy();
    const [first, second] = after.competencies as [
      FrameworkFile['competencies'][0],
      FrameworkFile['competencies'][0],
    ];
    first.behaviors.push({ key: 'nod', text: 'nod while listening' });
    (first.behaviors[0] as { retired?: boolean }).retired = true;
    (first.behaviors[1] as { text: string }).text = 'sum up what I heard';
    after.competencies[0] = second;
    after.competencies[1] = first;
    expect(describeFrameworkChanges(defaultFramework, after)).toEqual([
      'Retired behavior "let people finish speaking before I respond" in Listening with empathy',
      'Reworded behavior "sum up what I heard" in Listening with empathy',
      'Added behavior "nod while listening" in Listening with empathy',
      'Reordered competencies',
    ]);
  });

  test('a new, a retired and an edited competency', () => {
    const after = copy();
    const [first, second] = after.competencies;
    if (!first || !second) throw new Error('the default framework has competencies');
    first.retired = true;
    second.description = 'Helping people grow.';
    after.competencies.push({ ...second, key: 'mentoring', name: 'Mentoring' });
    expect(describeFrameworkChanges(defaultFramework, after)).toEqual([
      'Retired competency Listening with empathy',
      'Edited competency Coaching',
      'Added competency Mentoring',
    ]);
  });

  test('a long list is cut to three and a count', () => {
    expect(summarizeChanges(['a', 'b', 'c', 'd', 'e'])).toBe('a; b; c; and 2 more');
  });
});
