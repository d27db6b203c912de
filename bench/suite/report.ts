import { cpus, loadavg, type as osType, release, totalmem } from 'node:os';

export type Figure = {
  figure: string;
  engine: string;
  app: number;
  /** Null where there is no server to compare with (page weight: the target stands in). */
  ceiling: number | null;
  unit: string;
  /** Throughput: more is better (ratio app/ceiling); time, CPU and size: less is (ceiling/app). */
  higherIsBetter: boolean;
  target?: { label: string; met: boolean };
};

/** App as a share of the ceiling: 0.25 means a quarter of the ceiling's throughput (or 4× its latency). */
export function ratioOf(figure: Figure): string {
  // autocannon times in whole milliseconds: 0 ms is "under one", no ratio can be taken from it.
  if (figure.ceiling === null || figure.ceiling === 0 || figure.app === 0) return '–';
  const share = figure.higherIsBetter ? figure.app / figure.ceiling : figure.ceiling / figure.app;
  return Number.isFinite(share) ? `${(share * 100).toFixed(0)} %` : '–';
}

const format = (value: number | null, unit: string) =>
  value === null || Number.isNaN(value)
    ? '–'
    : value === 0 && unit === 'ms'
      ? '< 1 ms'
      : `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;

export function tableOf(figures: Figure[]): string {
  const rows = figures.map((figure) => [
    figure.figure,
    figure.engine,
    format(figure.app, figure.unit),
    format(figure.ceiling, figure.unit),
    ratioOf(figure),
    figure.target ? `${figure.target.met ? '✓' : '✗'} ${figure.target.label}` : '',
  ]);
  const header = ['figure', 'engine', 'app', 'ceiling', 'app vs ceiling', 'target'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${osType()} ${release()}, Node ${process.version}`;
}

export const loadLine = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
