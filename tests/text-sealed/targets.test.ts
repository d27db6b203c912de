import { beforeAll, describe, expect, it } from 'vitest';
import type { TextAnalysis } from '../../src/server/modules/text/analyzed-text';
import { createTextAnalysis } from '../../src/server/modules/text/text-analysis';
import {
  type Figure,
  meetsTarget,
  scoreCommitments,
  scoreCompetencies,
  scoreFocus,
  scoreSuggestions,
} from './scoring';

// Issue 13's targets on the sealed sets; every one of them holds and is asserted here.
// npm run bench:text prints every figure with its interval.

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const describeFigure = ({ name, hits, n }: Figure) => `${name}: ${hits}/${n}`;
const byName = (figures: readonly Figure[], name: string) => {
  const found = figures.find((figure) => figure.name === name);
  if (!found) throw new Error(`no figure named ${name}`);
  return found;
};

describe('text analysis on the sealed sets', () => {
  it('tells problems about others from problems about the leader at least 92 % of the time', () => {
    const focus = scoreFocus(analysis);
    expect(meetsTarget(focus), describeFigure(focus)).toBe(true);
  });

  it('puts the right competency among the first three suggestions at least 90 % of the time', () => {
    const topThree = scoreCompetencies(analysis);
    expect(meetsTarget(topThree), describeFigure(topThree)).toBe(true);
  });

  it('catches at least 90 % of judgmental or backward-looking suggestions', () => {
    const caught = byName(scoreSuggestions(analysis), 'judgmental or backward-looking suggestions caught');
    expect(meetsTarget(caught), describeFigure(caught)).toBe(true);
  });

  it('flags at most 5 % of future-focused suggestions', () => {
    const falseAlarms = byName(scoreSuggestions(analysis), 'false alarms on future-focused suggestions');
    expect(meetsTarget(falseAlarms), describeFigure(falseAlarms)).toBe(true);
  });

  it('labels at least 90 % of commitments right', () => {
    const right = byName(scoreCommitments(), 'commitments labeled right');
    expect(meetsTarget(right), describeFigure(right)).toBe(true);
  });

  it('flags at most 5 % of good commitments', () => {
    const falseAlarms = byName(scoreCommitments(), 'false alarms on ok commitments (any flag)');
    expect(meetsTarget(falseAlarms), describeFigure(falseAlarms)).toBe(true);
  });
});
