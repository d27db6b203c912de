import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Logger } from '../../logger';
import type { TextTaskInput, TextTaskName, TextTaskResult } from './text-tasks';

/** `done: false` when the task did not finish within the budget, or too many were waiting. */
export type TextTaskOutcome<Result> = { done: true; result: Result } | { done: false };

export type TextPool = {
  /** Runs a named task (text-tasks.ts) off the main thread; a request goes on without one not done. */
  run<Name extends TextTaskName>(
    name: Name,
    input: TextTaskInput<Name>,
  ): Promise<TextTaskOutcome<TextTaskResult<Name>>>;
  /** Settles once every worker has loaded the model and read a first text: awaited before serving. */
  ready: Promise<void>;
  close(): Promise<void>;
};

export type TextPoolOptions = {
  /** Worker threads, each with its own copy of the model. */
  workers: number;
  /** How long a request waits for its analysis, queue included, before going on without it. */
  budgetMs: number;
  log: Logger;
};

// Beyond a few waiting tasks per worker, the last would spend its budget in the queue anyway.
const queuedPerWorker = 4;

// Measured on 400 hints and 20 theme runs (decision 0057): 2, 4, 8 MB and V8's default cost the same CPU.
const youngGenerationMb = 4;

const warmUp = {
  name: 'feedforwardHint',
  input: { text: 'We could meet on Monday to agree on the next steps.' },
};

/**
 * Language analysis costs milliseconds to seconds of CPU. Run on the main thread it held up every
 * other request meanwhile; in a worker it holds up none, and an analysis over budget is stopped
 * (its thread ended and a fresh one started) instead of running on.
 */
function startWorkers(workers: number) {
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./text-pool.worker.mjs', import.meta.url)),
    minThreads: workers,
    maxThreads: workers,
    // A worker that stopped would load the model again for the next request.
    idleTimeout: Number.POSITIVE_INFINITY,
    maxQueue: workers * queuedPerWorker,
    // V8 lets a young generation grow to 32 MB, kept resident once grown by the model's load; a
    // task allocates little, so a small one costs no measurable CPU per call and 14-25 MB less memory.
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
  });
  const ready = Promise.all(Array.from({ length: workers }, () => pool.run(warmUp))).then(() => undefined);
  return { pool, ready };
}

let processWorkers: ReturnType<typeof startWorkers> | undefined;

/**
 * The threads are one set per process, started by the first app built in it: the tests build an
 * app per test, and threads each would load the model each time. Budget and log are each app's.
 */
export function textPoolOfProcess({ workers, budgetMs, log }: TextPoolOptions): TextPool {
  processWorkers ??= startWorkers(workers);
  const { pool, ready } = processWorkers;
  return {
    ready,
    async run(name, input) {
      try {
        const result = await pool.run({ name, input }, { signal: AbortSignal.timeout(budgetMs) });
        return { done: true, result };
      } catch (error) {
        const reason = skippedBecause(error);
        if (!reason) throw error;
        log.warn('text analysis skipped', { task: name, reason, budgetMs });
        return { done: false };
      }
    },
    close: () => pool.close({ force: true }),
  };
}

function skippedBecause(error: unknown): 'over budget' | 'queue full' | null {
  if (!(error instanceof Error)) return null;
  if (error.name === 'AbortError') return 'over budget';
  if (/queue is at limit/i.test(error.message)) return 'queue full';
  return null;
}
