import { openRoundWithNewStakeholders, signUpLeader } from './app-client';
import { type AppProcess, startApp } from './app-process';
import { isPostgresUrl, readDatabaseState } from './database-state';
import { type StormOutcome, submitAllAndKill } from './submission-storm';

export type DurabilityOptions = {
  databaseUrl: string;
  cycles: number;
  stakeholdersPerCycle?: number;
  seed?: number;
  log?: (line: string) => void;
};

export type CycleReport = {
  cycle: number;
  acknowledged: number;
  cut: number;
  savedUnacknowledged: number;
  responses: number;
  lost: number;
  integrity: string;
  problems: string[];
};

export type DurabilityReport = {
  engine: 'sqlite' | 'postgres';
  seed: number;
  cycles: CycleReport[];
  acknowledged: number;
  responses: number;
  lost: number;
  problems: string[];
};

/**
 * Per cycle: a fresh round of stakeholders all submit at once through their group's link, each from
 * their own browser; the server is SIGKILLed at a random moment among them, restarted, and every
 * acknowledged answer must still be there — every round holds at least as many responses as were
 * acknowledged for it and never more than people asked, and the engine's integrity check passes.
 */
export async function runDurability(options: DurabilityOptions): Promise<DurabilityReport> {
  const { databaseUrl, cycles, stakeholdersPerCycle = 50, log = () => {} } = options;
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const random = seededRandom(seed);
  const engine = isPostgresUrl(databaseUrl) ? 'postgres' : 'sqlite';
  const report: DurabilityReport = {
    engine,
    seed,
    cycles: [],
    acknowledged: 0,
    responses: 0,
    lost: 0,
    problems: [],
  };
  const acknowledgedByRound = new Map<string, number>();
  let server: AppProcess = await startApp(databaseUrl);
  const baseUrl = () => server.baseUrl;
  try {
    for (let cycle = 1; cycle <= cycles; cycle++) {
      // A new leader each cycle: a leader may ask at most 200 people a day, and each cycle asks 50.
      const leader = await signUpLeader(baseUrl);
      const round = await openRoundWithNewStakeholders(leader, stakeholdersPerCycle, `c${cycle}`);
      const storm = await submitAllAndKill({
        baseUrl,
        tokens: round.tokens,
        killAfterAcks: Math.floor(random() * stakeholdersPerCycle),
        extraDelayMs: Math.floor(random() * 8),
        kill: () => server.kill(),
      });
      server = await startApp(databaseUrl);
      acknowledgedByRound.set(round.roundId, storm.acknowledged.length);

      const { state, lost, problems } = await checkAfterRestart(databaseUrl, acknowledgedByRound, storm);
      const stored = state.responsesByRound.get(round.roundId) ?? 0;

      const cycleReport: CycleReport = {
        cycle,
        acknowledged: storm.acknowledged.length,
        cut: storm.cut.length,
        savedUnacknowledged: Math.max(0, stored - storm.acknowledged.length),
        responses: state.responses,
        lost,
        integrity: state.integrity,
        problems,
      };
      report.cycles.push(cycleReport);
      report.acknowledged = [...acknowledgedByRound.values()].reduce((sum, n) => sum + n, 0);
      report.responses = state.responses;
      report.lost = Math.max(report.lost, lost);
      report.problems.push(...problems.map((problem) => `cycle ${cycle}: ${problem}`));
      log(describeCycle(cycleReport, cycles, stakeholdersPerCycle, storm.killedAfter));
    }
  } catch (error) {
    throw new Error(`${(error as Error).message}\nServer output:\n${server.output()}`);
  } finally {
    await server.kill();
  }
  return report;
}

/** What the database says after a restart about everything acknowledged so far, read directly. */
async function checkAfterRestart(
  databaseUrl: string,
  acknowledgedByRound: Map<string, number>,
  storm: StormOutcome,
) {
  const state = await readDatabaseState(databaseUrl);
  const short = [...acknowledgedByRound].map(([roundId, acknowledged]) => ({
    roundId,
    missing: acknowledged - (state.responsesByRound.get(roundId) ?? 0),
  }));
  const lost = short.reduce((sum, round) => sum + Math.max(0, round.missing), 0);

  const problems = storm.refused.map(
    (refusal) => `a submission was refused while the server was up: ${refusal.status} ${refusal.body}`,
  );
  const shortRounds = short.filter((round) => round.missing > 0).map((round) => round.roundId);
  if (shortRounds.length)
    problems.push(`rounds holding fewer responses than were acknowledged: ${some(shortRounds)}`);
  if (state.roundsOutOfStep) problems.push(`${state.roundsOutOfStep} rounds whose counts disagree`);
  if (state.integrity !== 'ok') problems.push(`integrity check: ${state.integrity}`);
  return { state, lost, problems };
}

function describeCycle(cycle: CycleReport, cycles: number, perCycle: number, killedAfter: number) {
  return [
    `cycle ${String(cycle.cycle).padStart(String(cycles).length)}/${cycles}`,
    `killed after ${String(killedAfter).padStart(2)} acks`,
    `acknowledged ${String(cycle.acknowledged).padStart(2)}/${perCycle}`,
    `cut ${String(cycle.cut).padStart(2)} (saved anyway ${cycle.savedUnacknowledged})`,
    `responses ${cycle.responses}`,
    `lost ${cycle.lost}`,
    `integrity ${cycle.integrity}`,
    ...cycle.problems.map((problem) => `\n  PROBLEM ${problem}`),
  ].join(' · ');
}

/** A count and the first few, so one bad cycle does not bury the summary. */
function some(items: string[]): string {
  const shown = items.slice(0, 3).join(', ');
  return items.length > 3 ? `${items.length}, e.g. ${shown}, …` : shown;
}

/** mulberry32: the kill points of a run can be replayed from its printed seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
