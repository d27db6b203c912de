import type { AnalyzedText } from '../text';
import { featuresOfAnalysis } from '../text';
import type { ClauseActor } from './clause-actors.models';

/**
 * What the focus classifier sees: the words, plus who acts in each clause as the clause reader
 * sees it ("actor:others", "actor:self:sub"), so how much a subject counts is learned from examples.
 */
export function focusFeatures(analyzed: AnalyzedText, clauses: readonly ClauseActor[]): string[] {
  return [
    ...featuresOfAnalysis(analyzed),
    ...clauses.map(({ actor, subordinate }) => `actor:${actor}${subordinate ? ':sub' : ''}`),
  ];
}
