import { beforeAll, describe, expect, test } from 'vitest';
import type { Competency } from '../../../shared/framework';
import { defaultFramework } from '../frameworks/default-framework';
import { createTextAnalysis, type TextAnalysis } from '../text/text-analysis';
import { labeledFocus } from './problem-focus.fixtures';
import { tunedProblems, untunedProblems } from './problem-statements.fixtures';
import { analyzeProblemFocus, rankCompetencies } from './reframe.models';

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

describe('noticing when a problem is all about others', () => {
  test('tells others-focused from self-focused problems at least 90% of the time', () => {
    const right = labeledFocus.filter(
      ([problem, focus]) => analyzeProblemFocus(problem, analysis).focus === focus,
    );
    console.log(`reframe: problem focus right for ${percent(right.length, labeledFocus.length)}`);
    expect(labeledFocus.length).toBeGreaterThanOrEqual(25);
    expect(right.length / labeledFocus.length).toBeGreaterThanOrEqual(0.9);
  });

  test('a problem about others gets a gentle question about the leader\u2019s own part', () => {
    const result = analyzeProblemFocus('They never listen to anything I say in standups.', analysis);
    expect(result).toEqual({
      focus: 'others',
      othersShare: 1,
      question: 'What might you be doing, or not doing, that keeps this pattern going?',
    });
  });

  test('a problem about the leader\u2019s own part gets no question', () => {
    const result = analyzeProblemFocus(
      'I struggle to give critical feedback without sounding harsh.',
      analysis,
    );
    expect(result).toEqual({ focus: 'self', othersShare: 0, question: null });
  });

  test('the question names the people named in the problem', () => {
    const { question } = analyzeProblemFocus('Sarah always derails our planning meetings.', analysis);
    expect(question).toContain('between you and Sarah');
  });

  test('being at a loss about what to do does not make a problem about the leader', () => {
    const result = analyzeProblemFocus(
      'Priya keeps ignoring my feedback and I do not know what to do.',
      analysis,
    );
    expect(result.focus).toBe('others');
    expect(result.question).toContain('between you and Priya');
  });

  test('a problem saying what others should do is answered about what the leader could do', () => {
    const { question } = analyzeProblemFocus(
      'The team should take more ownership of production issues.',
      analysis,
    );
    expect(question).toContain('What could you do differently');
  });

  test('a problem told as both sides is mixed and asks nothing', () => {
    const result = analyzeProblemFocus('I give feedback, but people get defensive.', analysis);
    expect(result).toEqual({ focus: 'mixed', othersShare: 0.5, question: null });
  });

  test('an empty problem names no one and asks nothing', () => {
    expect(analyzeProblemFocus('', analysis)).toEqual({ focus: 'mixed', othersShare: 0, question: null });
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
