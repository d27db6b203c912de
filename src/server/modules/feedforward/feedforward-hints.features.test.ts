import { beforeAll, describe, expect, test } from 'vitest';
import type { TextAnalysis } from '../text/analyzed-text';
import { createTextAnalysis } from '../text/text-analysis';
import { suggestionFeatures } from './feedforward-hints.features';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const featuresOf = (text: string) => suggestionFeatures(analysis.analyze(text));

describe('the mood of a suggestion, as the classifier sees it', () => {
  test.each([
    'Ever heard of delegation?',
    'Fantastic, yet another meeting that could have been an email.',
    'The reorg was announced by email.',
  ])('"%s" asks for nothing ahead', (text) => {
    expect(featuresOf(text)).toContain('<asks nothing>');
  });

  test('praise that asks for nothing is told apart, as sarcasm often is', () => {
    expect(featuresOf('Great job changing priorities again, really helpful.')).toContain(
      '<praise asking nothing>',
    );
  });

  test('a question that asks for nothing is told apart, as a rhetorical one is', () => {
    expect(featuresOf('how hard is it to send an agenda?')).toContain('<question asking nothing>');
  });

  test.each([
    'Block an hour a week for code reviews.',
    'why not rotate who runs the demo?',
    "please don't schedule meetings after five",
    'Could you share the agenda a day ahead?',
    'next time, a heads-up would help',
  ])('"%s" asks for something, by its form', (text) => {
    expect(featuresOf(text)).not.toContain('<asks nothing>');
  });

  test('an empty suggestion has no mood', () => {
    expect(featuresOf('')).toEqual([]);
  });
});
