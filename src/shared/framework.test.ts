import { describe, expect, test } from 'vitest';
import { type FrameworkFile, frameworkFileSchema } from './framework';

function behaviors(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    key: `behavior-${index + 1}`,
    text: `do thing ${index + 1}`,
  }));
}

function competency(key: string, overrides: Record<string, unknown> = {}) {
  return {
    key,
    name: `Competency ${key}`,
    description: 'What it is.',
    whyItMatters: 'Why it matters.',
    reflectionPrompts: ['First question?', 'Second question?'],
    behaviors: behaviors(5),
    ...overrides,
  };
}

function framework(competencies: unknown[]): unknown {
  return { version: 1, name: 'Test framework', competencies };
}

function issuesOf(input: unknown) {
  const result = frameworkFileSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('framework file schema', () => {
  test('a well-formed file passes and comes back with trimmed text', () => {
    const input = framework([competency('coaching', { name: '  Coaching  ' })]);
    const parsed: FrameworkFile = frameworkFileSchema.parse(input);
    expect(parsed.competencies[0]?.name).toBe('Coaching');
  });

  test('a competency with fewer than five behaviors is refused with a plain message', () => {
    expect(issuesOf(framework([competency('coaching', { behaviors: behaviors(4) })]))).toEqual([
      { path: 'competencies.0.behaviors', message: 'Each competency needs at least 5 behaviors' },
    ]);
  });

  test('a competency needs at least two reflection prompts', () => {
    expect(issuesOf(framework([competency('coaching', { reflectionPrompts: ['Only one?'] })]))).toEqual([
      {
        path: 'competencies.0.reflectionPrompts',
        message: 'Each competency needs at least 2 reflection prompts',
      },
    ]);
  });

  test('a framework needs at least one competency', () => {
    expect(issuesOf(framework([]))).toEqual([
      { path: 'competencies', message: 'A framework needs at least 1 competency' },
    ]);
  });

  test('a repeated competency key is reported at the repeat', () => {
    expect(
      issuesOf(framework([competency('coaching'), competency('listening'), competency('coaching')])),
    ).toEqual([
      {
        path: 'competencies.2.key',
        message: 'The competency key "coaching" is used twice; each competency needs its own key',
      },
    ]);
  });

  test('a repeated behavior key is reported at the behavior within its competency', () => {
    const repeated = [...behaviors(2), { key: 'behavior-1', text: 'again' }, ...behaviors(5).slice(2)];
    const input = framework([
      competency('a'),
      competency('b'),
      competency('c'),
      competency('d', { behaviors: repeated }),
    ]);
    expect(issuesOf(input)).toEqual([
      {
        path: 'competencies.3.behaviors.2.key',
        message:
          'The behavior key "behavior-1" is used twice in "Competency d"; each behavior needs its own key',
      },
    ]);
  });

  test('the same behavior key may appear in two different competencies', () => {
    expect(issuesOf(framework([competency('a'), competency('b')]))).toEqual([]);
  });

  test('keys must be lowercase slugs', () => {
    const issues = issuesOf(framework([competency('Giving Feedback')]));
    expect(issues).toEqual([
      {
        path: 'competencies.0.key',
        message:
          'A competency key must use lowercase letters, digits and single dashes, like "giving-feedback"',
      },
    ]);
  });

  test('a missing field is named in the message', () => {
    const { whyItMatters: _, ...withoutWhy } = competency('coaching');
    expect(issuesOf(framework([withoutWhy]))).toEqual([
      { path: 'competencies.0.whyItMatters', message: '"Why it matters" is missing' },
    ]);
  });

  test('blank text is refused as empty', () => {
    expect(issuesOf(framework([competency('coaching', { description: '   ' })]))).toEqual([
      { path: 'competencies.0.description', message: 'A competency description cannot be empty' },
    ]);
  });

  test('another file format version is refused', () => {
    expect(issuesOf({ version: 2, name: 'x', competencies: [competency('a')] })).toEqual([
      { path: 'version', message: 'This file must say "version": 1; other versions cannot be imported' },
    ]);
  });

  test('every problem in a file is reported at once, not only the first', () => {
    const input = framework([
      competency('a', { behaviors: behaviors(3) }),
      competency('a'),
      competency('b', { behaviors: [...behaviors(5), { key: 'behavior-5', text: 'twice' }] }),
    ]);
    expect(issuesOf(input).map((issue) => issue.path)).toEqual([
      'competencies.0.behaviors',
      'competencies.2.behaviors.5.key',
      'competencies.1.key',
    ]);
  });
});
