import { feedforwardHint } from '../../src/server/modules/feedforward/feedforward-hints.models';
import { defaultFramework } from '../../src/server/modules/frameworks/default-framework';
import { checkCommitment } from '../../src/server/modules/plans/commitment-quality.models';
import type { CommitmentFlagKind } from '../../src/server/modules/plans/commitment-quality.types';
import {
  analyzeProblemFocus,
  rankCompetencies,
  strongSuggestions,
} from '../../src/server/modules/reframe/reframe.models';
import type { TextAnalysis } from '../../src/server/modules/text/analyzed-text';
import { createTextAnalysis } from '../../src/server/modules/text/text-analysis';
import { findIdentifyingDetails } from '../../src/shared/identifying-details';
import {
  type CommitmentLabel,
  commitmentLabels,
  type IdentifyingCase,
  loadCommitmentCases,
  loadCompetencyCases,
  loadFocusCases,
  loadIdentifyingCases,
  loadSuggestionCases,
} from './sealed-sets';
import { type Interval, wilsonInterval } from './wilson';

/**
 * Scores the app's current text analysis on the sealed sets, through the same public functions the
 * app calls: the reframe use case (focus and competency suggestions), the phrasing-hint route
 * (feedforwardHint) and the commitment check. When one of those entry points changes, change the
 * call here too, never the cases.
 */

export { loadIdentifyingCases };

export type Target = { atLeast: number } | { atMost: number };

export type Figure = {
  name: string;
  hits: number;
  n: number;
  share: number;
  interval: Interval;
  /** Issue 13's goal for this figure; absent for breakdowns that only explain a headline figure. */
  target?: Target;
};

function figure(name: string, outcomes: readonly boolean[], target?: Target): Figure {
  const hits = outcomes.filter(Boolean).length;
  const n = outcomes.length;
  return { name, hits, n, share: n === 0 ? 0 : hits / n, interval: wilsonInterval(hits, n), target };
}

/** Judged on the measured share; the interval says how far the truth may sit from it. */
export function meetsTarget({ share, target }: Figure): boolean | null {
  if (!target) return null;
  return 'atLeast' in target ? share >= target.atLeast : share <= target.atMost;
}

export const targets = {
  focus: { atLeast: 0.92 },
  competencyTopThree: { atLeast: 0.9 },
  suggestionsCaught: { atLeast: 0.9 },
  suggestionsFalseAlarms: { atMost: 0.05 },
  commitmentsRight: { atLeast: 0.9 },
  commitmentsFalseAlarms: { atMost: 0.05 },
} as const satisfies Record<string, Target>;

export function scoreFocus(analysis: TextAnalysis): Figure {
  const outcomes = loadFocusCases().map(
    (c) => (analyzeProblemFocus(c.text, analysis).focus === 'others') === c.mostlyAboutOthers,
  );
  return figure('mostly-about-others accuracy', outcomes, targets.focus);
}

/** The keys the reframe use case would show for the default framework, best first. */
export function suggestedCompetencyKeys(problem: string, analysis: TextAnalysis): string[] {
  return strongSuggestions(rankCompetencies(problem, defaultFramework.competencies, analysis)).map(
    (match) => match.key,
  );
}

export function scoreCompetencies(analysis: TextAnalysis): Figure {
  const outcomes = loadCompetencyCases().map((c) => {
    const topThree = suggestedCompetencyKeys(c.text, analysis).slice(0, 3);
    return c.competencies.some((key) => topThree.includes(key));
  });
  return figure('right competency in the top three', outcomes, targets.competencyTopThree);
}

export function scoreSuggestions(analysis: TextAnalysis): Figure[] {
  const cases = loadSuggestionCases().map((c) => ({
    ...c,
    flagged: feedforwardHint(c.text, analysis) !== null,
  }));
  const flaggedOf = (kinds: readonly string[]) =>
    cases.filter((c) => kinds.includes(c.kind)).map((c) => c.flagged);
  return [
    figure(
      'judgmental or backward-looking suggestions caught',
      flaggedOf(['judgmental', 'backward-looking']),
      targets.suggestionsCaught,
    ),
    figure('  of which judgmental caught', flaggedOf(['judgmental'])),
    figure('  of which backward-looking caught', flaggedOf(['backward-looking'])),
    figure(
      'false alarms on future-focused suggestions',
      flaggedOf(['future-focused']),
      targets.suggestionsFalseAlarms,
    ),
  ];
}

/** One label per commitment: with several flags, the most harmful one names it. */
export function predictedCommitmentLabel(kinds: readonly CommitmentFlagKind[]): CommitmentLabel {
  if (kinds.includes('micromanagement')) return 'micromanagement';
  if (kinds.includes('outside-control')) return 'outside-control';
  if (kinds.includes('vague') || kinds.includes('unobservable')) return 'vague';
  return 'ok';
}

export function scoreCommitments(): Figure[] {
  const cases = loadCommitmentCases().map((c) => {
    const kinds = checkCommitment(c.draft).flags.map((flag) => flag.kind);
    return { ...c, predicted: predictedCommitmentLabel(kinds), flagged: kinds.length > 0 };
  });
  const rightFor = (label: CommitmentLabel) =>
    cases.filter((c) => c.label === label).map((c) => c.predicted === label);
  return [
    figure(
      'commitments labeled right',
      cases.map((c) => c.predicted === c.label),
      targets.commitmentsRight,
    ),
    ...commitmentLabels.map((label) => figure(`  of which ${label} labeled right`, rightFor(label))),
    figure(
      'false alarms on ok commitments (any flag)',
      cases.filter((c) => c.label === 'ok').map((c) => c.flagged),
      targets.commitmentsFalseAlarms,
    ),
  ];
}

/** The answer page's check (src/shared/identifying-details): any detail found counts as a warning. */
export function warnsOfIdentifyingDetails(text: string): boolean {
  return findIdentifyingDetails(text).details.length > 0;
}

/** Scores a detector, true meaning "this comment gives its writer away". */
export function scoreSelfIdentifying(
  detect: (text: string) => boolean,
  cases: readonly IdentifyingCase[] = loadIdentifyingCases(),
): Figure[] {
  const flaggedOf = (identifying: boolean) =>
    cases.filter((c) => c.identifying === identifying).map((c) => detect(c.text));
  return [
    figure('self-identifying comments caught', flaggedOf(true)),
    figure('false alarms on comments that do not identify', flaggedOf(false)),
  ];
}

export type SealedReport = {
  focus: Figure;
  competency: Figure;
  suggestions: Figure[];
  commitments: Figure[];
  selfIdentifying: Figure[];
};

export function scoreSealedSets(analysis: TextAnalysis = createTextAnalysis()): SealedReport {
  return {
    focus: scoreFocus(analysis),
    competency: scoreCompetencies(analysis),
    suggestions: scoreSuggestions(analysis),
    commitments: scoreCommitments(),
    selfIdentifying: scoreSelfIdentifying(warnsOfIdentifyingDetails),
  };
}
