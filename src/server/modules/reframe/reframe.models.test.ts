import { beforeAll, describe, expect, test } from 'vitest';
import type { Competency } from '../../../shared/framework';
import { defaultFramework } from '../frameworks/default-framework';
import type { TextAnalysis } from '../text/analyzed-text';
import { createTextAnalysis } from '../text/text-analysis';
import { tunedProblems, untunedProblems } from './problem-statements.fixtures';
import { rankCompetencies } from './reframe.models';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const competencies = defaultFramework.competencies;

function percent(hits: number, total: number): string {
  return `${hits}/${total} (${Math.round((hits / total) * 100)}%)`;
}

describe('suggesting competencies for a problem', () => {
  test('the intended competency is among the top 3 for at least 80% of realistic problems', () => {
    const inTopThree = (problems: typeof tunedProblems) =>
      problems.filter(([problem, key]) =>
        rankCompetencies(problem, competencies, analysis)
          .slice(0, 3)
          .some((match) => match.key === key),
      ).length;
    const tuned = inTopThree(tunedProblems);
    const untuned = inTopThree(untunedProblems);
    const all = tunedProblems.length + untunedProblems.length;
    console.log(
      `reframe: competency in top 3 for ${percent(tuned + untuned, all)}; ` +
        `on the ${untunedProblems.length} never tuned on: ${percent(untuned, untunedProblems.length)}`,
    );
    expect(tunedProblems.length + untunedProblems.length).toBeGreaterThanOrEqual(25);
    expect((tuned + untuned) / all).toBeGreaterThanOrEqual(0.8);
  });

  test('every competency is ranked once, best first', () => {
    const ranking = rankCompetencies('My team keeps missing deadlines', competencies, analysis);
    expect(ranking.map((match) => match.key).sort()).toEqual(competencies.map((c) => c.key).sort());
    const scores = ranking.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('a problem with no words in common with the framework scores 0 everywhere, in framework order', () => {
    const ranking = rankCompetencies('Xylophone quasar.', competencies, analysis);
    expect(ranking.map((match) => match.key)).toEqual(competencies.map((c) => c.key));
    expect(ranking.every((match) => match.score === 0)).toBe(true);
  });

  test('an edited framework with unknown keys is matched on its own text', () => {
    const custom: Competency[] = [
      customCompetency(
        'estimating-work',
        'Estimating work',
        'Giving realistic estimates for projects and timelines.',
      ),
      customCompetency(
        'hiring-well',
        'Hiring well',
        'Interviewing candidates fairly and choosing who joins the team.',
      ),
    ];
    const ranking = rankCompetencies(
      'Our interviews feel random and we hire the wrong candidates.',
      custom,
      analysis,
    );
    expect(ranking[0]?.key).toBe('hiring-well');
    expect(ranking[0]?.score).toBeGreaterThan(0);
    expect(ranking[1]).toEqual({ key: 'estimating-work', score: 0, matchedWords: [] });
  });

  test('a competency key that names an object property gets no cues and no crash', () => {
    const custom = [
      customCompetency('constructor', 'Constructive meetings', 'Running meetings people value.'),
    ];
    expect(rankCompetencies('Meetings drag on', custom, analysis)[0]?.key).toBe('constructor');
  });
});

function customCompetency(key: string, name: string, description: string): Competency {
  return {
    key,
    name,
    description,
    whyItMatters: 'It matters.',
    reflectionPrompts: ['What do I do now?', 'What would better look like?'],
    behaviors: ['one', 'two', 'three', 'four', 'five'].map((n) => ({ key: n, text: `practice step ${n}` })),
  };
}
