import autocannon from 'autocannon';
import type { MeasuredProcess } from './measured-process';

export type LoadRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type LoadFigures = {
  /** Answers in the 2xx range per second: refusals do not count as work done. */
  okPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests answered with another status, or not at all. */
  failed: number;
  /** CPU milliseconds the server's processes spent per answered request. */
  cpuMsPerRequest: number;
  peakRss: number;
};

/**
 * `connections` clients at once for `seconds` (or for `amount` requests), each request made by
 * `next()` (a fresh link, the next leader's round). Measures the server process's CPU over the run
 * as well.
 */
export async function load(
  target: MeasuredProcess,
  next: () => LoadRequest,
  { seconds, connections = 50, amount }: { seconds: number; connections?: number; amount?: number },
): Promise<LoadFigures> {
  const cpuBefore = target.cpuSeconds();
  let peakRss = target.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, target.rss())), 100);
  // autocannon's instance is a thenable, not a Promise: awaited, then the sampler stops.
  const result = await autocannon({
    url: target.baseUrl,
    connections,
    duration: seconds,
    ...(amount ? { amount } : {}),
    requests: [
      {
        setupRequest: (request) => {
          const made = next();
          return { ...request, ...made, headers: { ...request.headers, ...made.headers } };
        },
      },
    ],
  });
  clearInterval(sampler);
  const ok = result['2xx'];
  const cpu = target.cpuSeconds() - cpuBefore;
  return {
    okPerSecond: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    cpuMsPerRequest: ok > 0 ? (cpu * 1000) / ok : Number.NaN,
    peakRss,
  };
}

/** Cycles through a list, for requests spread over many leaders' rounds. */
export function roundRobin<T>(items: readonly T[]): () => T {
  let at = 0;
  return () => items[at++ % items.length] as T;
}
