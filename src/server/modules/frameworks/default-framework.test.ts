import { describe, expect, test } from 'vitest';
import { frameworkFileSchema } from '../../../shared/framework';
import { defaultFramework } from './default-framework';

const competencies = defaultFramework.competencies;

describe('default framework', () => {
  test('is a valid framework file', () => {
    const result = frameworkFileSchema.safeParse(defaultFramework);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test('covers at least the eleven new-manager capabilities from the product brief', () => {
    expect(competencies.map((competency) => competency.key)).toEqual(
      expect.arrayContaining([
        'listening-with-empathy',
        'coaching',
        'delegating-outcomes',
        'giving-feedback',
        'co-creating-decisions',
        'building-a-shared-vision',
        'fostering-ownership-and-accountability',
        'handling-conflict',
        'recognizing-contributions',
        'supporting-well-being',
        'managing-own-reactions',
      ]),
    );
  });

  test('each competency has two or three reflection prompts and five to seven behaviors', () => {
    for (const competency of competencies) {
      expect(competency.reflectionPrompts.length, competency.key).toBeGreaterThanOrEqual(2);
      expect(competency.reflectionPrompts.length, competency.key).toBeLessThanOrEqual(3);
      expect(competency.behaviors.length, competency.key).toBeGreaterThanOrEqual(5);
      expect(competency.behaviors.length, competency.key).toBeLessThanOrEqual(7);
    }
  });

  test('behaviors complete "Did I do my best to … today?": lowercase, verb first, no end punctuation', () => {
    for (const behavior of competencies.flatMap((competency) => competency.behaviors)) {
      expect(behavior.text, behavior.key).toMatch(/^[a-z]/);
      expect(behavior.text, behavior.key).not.toMatch(/[.?!]$/);
      expect(behavior.text, behavior.key).not.toMatch(/^(i|my|the|a|an|to)\b/);
    }
  });

  test('behaviors are written in the first person, never about what others should do', () => {
    for (const behavior of competencies.flatMap((competency) => competency.behaviors)) {
      expect(behavior.text, behavior.key).not.toMatch(/\b(you|your)\b/);
    }
  });

  test('behavior texts are unique across the framework so ratings cannot be confused', () => {
    const texts = competencies.flatMap((competency) => competency.behaviors.map((behavior) => behavior.text));
    expect(new Set(texts).size).toBe(texts.length);
  });
});
