import { beforeAll, describe, expect, test } from 'vitest';
import { defaultFramework } from '../frameworks/default-framework';
import { createTextAnalysis, type TextAnalysis } from '../text/text-analysis';
import { competencyIndexFor } from './competency-index-cache';
import { tuningProblems } from './competency-tuning.fixtures';
import { rankCompetencies, strongSuggestions } from './reframe.models';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const competencies = defaultFramework.competencies;

describe('matching a problem told in everyday words', () => {
  test('a cue phrase counts as a whole and is given as the reason, as written', () => {
    const [best] = rankCompetencies('honestly i just cant Let Go of the code', competencies, analysis);
    expect(best?.key).toBe('delegating-outcomes');
    expect(best?.matchedWords).toContain('let go');
  });

  test('texting shorthand and jargon are read as the words they stand for', () => {
    const [best] = rankCompetencies('on-call wakes ppl up every night', competencies, analysis);
    expect(best?.key).toBe('supporting-well-being');
    expect(best?.matchedWords).toEqual(expect.arrayContaining(['on-call', 'every night']));
  });

  test('on the statements the cues were written against, the intended competency is suggested in the top three', () => {
    // In-sample by design (a regression guard); the held-out figure is printed by bench/text-analysis.
    const hits = tuningProblems.filter(([problem, keys]) =>
      strongSuggestions(rankCompetencies(problem, competencies, analysis))
        .slice(0, 3)
        .some((match) => keys.includes(match.key)),
    ).length;
    expect(hits / tuningProblems.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('analysing the framework once per version', () => {
  test('the same framework text reuses one index, even read anew from storage', () => {
    const copy = structuredClone(competencies);
    expect(competencyIndexFor(copy, analysis)).toBe(competencyIndexFor(competencies, analysis));
  });

  test('an edited framework gets a fresh index, so suggestions follow the edit', () => {
    const edited = competencies.map((competency) =>
      competency.key === 'coaching'
        ? { ...competency, description: `${competency.description} Xylophones.` }
        : competency,
    );
    expect(competencyIndexFor(edited, analysis)).not.toBe(competencyIndexFor(competencies, analysis));
    expect(rankCompetencies('xylophones', edited, analysis)[0]?.key).toBe('coaching');
  });
});
