/**
 * Issue 13's honest measurement: how the text analysis does on the sealed sets (tests/text-sealed),
 * each figure with its 95 % Wilson interval, n and target.
 *
 *   npm run bench:text
 *
 * Exits non-zero while a target of issue 13 is not met. Prints aggregate figures only: never open
 * the cases to improve a figure (tests/text-sealed/README.md).
 */
import { createTextAnalysis } from '../src/server/modules/text/text-analysis';
import {
  type Figure,
  loadIdentifyingCases,
  meetsTarget,
  scoreSealedSets,
} from '../tests/text-sealed/scoring';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function targetText(figure: Figure): string {
  if (!figure.target) return '';
  const goal =
    'atLeast' in figure.target ? `≥ ${percent(figure.target.atLeast)}` : `≤ ${percent(figure.target.atMost)}`;
  return `target ${goal}  ${meetsTarget(figure) ? 'met' : 'NOT met'}`;
}

function line(figure: Figure): string {
  const { low, high } = figure.interval;
  return [
    figure.name.padEnd(50),
    percent(figure.share).padStart(8),
    `[${percent(low)} – ${percent(high)}]`.padEnd(20),
    `${figure.hits}/${figure.n}`.padStart(8),
    `  ${targetText(figure)}`,
  ].join(' ');
}

const started = performance.now();
const report = scoreSealedSets(createTextAnalysis());
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const identifying = loadIdentifyingCases();
const identifyingCount = identifying.filter((c) => c.identifying).length;

const out = [
  `Sealed text sets (issue 13), 95 % Wilson intervals, scored in ${seconds} s`,
  '',
  'Reframe assistant',
  line(report.focus),
  line(report.competency),
  '',
  'Feedforward coach (phrasing hints)',
  ...report.suggestions.map(line),
  '',
  'Commitment quality check',
  ...report.commitments.map(line),
  '',
  'Self-identifying warning',
  `${'self-identifying comments'.padEnd(50)} not built yet (n = ${identifying.length}: ${identifyingCount} identifying, ${identifying.length - identifyingCount} not)`,
];
process.stdout.write(`${out.join('\n')}\n`);

const headline = [report.focus, report.competency, ...report.suggestions, ...report.commitments];
if (headline.some((figure) => meetsTarget(figure) === false)) process.exitCode = 1;
