import { beforeAll, describe, expect, test } from 'vitest';
import { defaultFramework } from '../frameworks/default-framework';
import type { TextAnalysis } from '../text/analyzed-text';
import { createTextAnalysis } from '../text/text-analysis';
import { tunedProblems, untunedProblems } from './problem-statements.fixtures';
import { type CompetencyMatch, maxSuggestions, rankCompetencies, strongSuggestions } from './reframe.models';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const match = (key: string, score: number): CompetencyMatch => ({ key, score, matchedWords: [] });

describe('choosing which competencies to suggest', () => {
  test('a match under a quarter of the best is left out, however many places are free', () => {
    const ranked = [match('a', 8), match('b', 2), match('c', 1.9), match('d', 0.1)];
    expect(strongSuggestions(ranked).map(({ key }) => key)).toEqual(['a', 'b']);
  });

  test('never more than five, even when every match is close to the best', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key, index) => match(key, 10 - index / 10));
    expect(strongSuggestions(ranked)).toHaveLength(maxSuggestions);
  });

  test('nothing is suggested when no competency shares a word with the problem', () => {
    expect(strongSuggestions([match('a', 0), match('b', 0)])).toEqual([]);
  });

  test('on realistic problems the intended competency is still suggested at least 90% of the time, among three on average', () => {
    const problems = [...tunedProblems, ...untunedProblems];
    const suggestions = problems.map(([problem, key]) => ({
      key,
      suggested: strongSuggestions(rankCompetencies(problem, defaultFramework.competencies, analysis)),
    }));
    const hits = suggestions.filter(({ key, suggested }) => suggested.some((s) => s.key === key)).length;
    const average = suggestions.reduce((sum, { suggested }) => sum + suggested.length, 0) / problems.length;
    console.log(
      `reframe: intended competency suggested for ${hits}/${problems.length}, ${average.toFixed(2)} on average`,
    );
    expect(hits / problems.length).toBeGreaterThanOrEqual(0.9);
    expect(average).toBeLessThanOrEqual(3.5);
  });
});

describe('saying why a competency is suggested', () => {
  test('a suggestion names the words of the problem it matched, as the leader wrote them', () => {
    const [best] = rankCompetencies(
      'My team keeps missing deadlines and nobody tells me until it is too late.',
      defaultFramework.competencies,
      analysis,
    );
    expect(best?.key).toBe('fostering-ownership-and-accountability');
    expect(best?.matchedWords).toEqual(expect.arrayContaining(['missing', 'deadlines', 'late']));
  });

  test('a word every competency shares is not given as a reason', () => {
    const [best] = rankCompetencies(
      'My team keeps missing deadlines and nobody tells me until it is too late.',
      defaultFramework.competencies,
      analysis,
    );
    expect(best?.matchedWords).not.toContain('team');
  });

  test('shorthand is named as a person would write it', () => {
    const [best] = rankCompetencies(
      'In 1:1s people just give me status updates.',
      defaultFramework.competencies,
      analysis,
    );
    expect(best?.matchedWords).toContain('one-on-ones');
  });
});
