import { describe, expect, test } from 'vitest';
import { checkFrameworkFile, maxReportedIssues } from '../../../shared/framework-check';
import { defaultFramework } from './default-framework';
import { summarizeIssues } from './frameworks.models';

describe('checking an uploaded framework file', () => {
  test('a valid file passes as it is', () => {
    expect(checkFrameworkFile(defaultFramework)).toEqual({ ok: true, framework: defaultFramework });
  });

  test('each problem is reported at its path in the file', () => {
    const [first, second] = defaultFramework.competencies;
    const file = {
      ...defaultFramework,
      competencies: [
        first,
        {
          ...second,
          name: '',
          behaviors: second?.behaviors.map((behavior, index) =>
            index === 2 ? { ...behavior, key: 'Not A Slug' } : behavior,
          ),
        },
      ],
    };
    const checked = checkFrameworkFile(file);
    expect(checked.ok ? [] : checked.issues).toEqual([
      { path: 'competencies.1.name', message: 'A competency name cannot be empty' },
      {
        path: 'competencies.1.behaviors.2.key',
        message: expect.stringMatching(/^A behavior key must use lowercase/),
      },
    ]);
  });

  test('something other than an object is refused with what a file must hold', () => {
    expect(checkFrameworkFile([defaultFramework])).toEqual({
      ok: false,
      issues: [
        { path: '', message: 'A framework file must be a JSON object with version, name and competencies' },
      ],
      issueCount: 1,
    });
  });

  test(`at most ${maxReportedIssues} problems are listed, while the count says how many there are`, () => {
    const broken = Array.from({ length: 30 }, () => ({ key: 'BAD', name: '', description: 'x' }));
    const checked = checkFrameworkFile({ version: 1, name: 'Broken', competencies: broken });
    if (checked.ok) throw new Error('expected problems');
    expect(checked.issues).toHaveLength(maxReportedIssues);
    expect(checked.issueCount).toBeGreaterThan(maxReportedIssues);
  });
});

describe('summarizing the problems', () => {
  test('names the first problem and its place, counts the rest and says nothing changed', () => {
    const issues = [
      { path: 'competencies.0.name', message: 'A competency name cannot be empty' },
      { path: 'name', message: 'The framework name is missing' },
    ];
    expect(summarizeIssues(issues, 3)).toBe(
      'This framework file cannot be imported: A competency name cannot be empty (at competencies.0.name). There are 2 more problems. Nothing was changed.',
    );
  });

  test('a single problem is named without a count', () => {
    expect(summarizeIssues([{ path: 'version', message: 'This file must say "version": 1' }], 1)).toBe(
      'This framework file cannot be imported: This file must say "version": 1 (at version). Nothing was changed.',
    );
  });
});
