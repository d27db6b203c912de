import { beforeAll, describe, expect, test } from 'vitest';
import type { TextAnalysis } from '../text/analyzed-text';
import { createTextAnalysis } from '../text/text-analysis';
import { labeledLines } from '../text/training/labeled-lines';
import { problemFocusHeldOutData } from './problem-focus.held-out-data';
import { analyzeProblemFocus } from './problem-focus.models';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

describe('noticing when a problem is all about others', () => {
  test('is right for at least 90 % of the held-out problem statements it was never trained on', () => {
    const heldOut = labeledLines(problemFocusHeldOutData, { o: 'others', s: 'own' });
    const right = heldOut.filter(
      ({ label, text }) => (analyzeProblemFocus(text, analysis).focus === 'others') === (label === 'others'),
    );
    console.log(`reframe: problem focus right for ${right.length}/${heldOut.length} held-out statements`);
    expect(heldOut.length).toBeGreaterThanOrEqual(60);
    expect(right.length / heldOut.length).toBeGreaterThanOrEqual(0.9);
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
