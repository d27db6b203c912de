import { hashToken } from '../../src/server/security/tokens';
import { answerAgain, openRoundWithNewStakeholders, signUpLeader } from './app-client';
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
 * Per cycle: a fresh round of stakeholders all submit at once, the server is SIGKILLed at a random
 * moment among them, restarted, and every acknowledged answer must still be there — each link now
 * answers 409 already_answered, the database holds at least as many responses as were acknowledged,
 * every answered invitation has its response, and the engine's integrity check passes.
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
  const acknowledgedHashes: string[] = [];
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
      acknowledgedHashes.push(...storm.acknowledged.map(hashToken));

      const { state, lost, problems } = await checkAfterRestart(
        databaseUrl,
        baseUrl,
        acknowledgedHashes,
        storm,
      );

      const cycleReport: CycleReport = {
        cycle,
        acknowledged: storm.acknowledged.length,
        cut: storm.cut.length,
        savedUnacknowledged: storm.cut.filter((token) => state.answeredTokenHashes.has(hashToken(token)))
          .length,
        responses: state.responses,
        lost,
        integrity: state.integrity,
        problems,
      };
      report.cycles.push(cycleReport);
      report.acknowledged = acknowledgedHashes.length;
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

/** What a restarted server and its database say about everything acknowledged so far. */
async function checkAfterRestart(
  databaseUrl: string,
  baseUrl: () => string,
  acknowledgedHashes: string[],
  storm: StormOutcome,
) {
  // The database is read before any link is tried again, so that retry cannot mend what was lost.
  const state = await readDatabaseState(databaseUrl);
  const missing = acknowledgedHashes.filter((hash) => !state.answeredTokenHashes.has(hash));
  // Earlier cycles' rounds are closed by now (their links answer 410), so only this cycle's are retried.
  const answerableAgain: string[] = [];
  for (const token of storm.acknowledged) {
    const again = await answerAgain(baseUrl, token);
    if (again !== '409 already_answered') answerableAgain.push(`${hashToken(token)} (${again})`);
  }
  const lostLinks = new Set([...missing, ...answerableAgain.map((line) => line.split(' ')[0])]);
  const lost = Math.max(lostLinks.size, acknowledgedHashes.length - state.responses);

  const problems = storm.refused.map(
    (refusal) => `a submission was refused while the server was up: ${refusal.status} ${refusal.body}`,
  );
  if (answerableAgain.length)
    problems.push(`acknowledged links that do not answer 409 already_answered: ${some(answerableAgain)}`);
  if (missing.length) problems.push(`acknowledged links no longer marked answered: ${some(missing)}`);
  if (state.responses < acknowledgedHashes.length)
    problems.push(`${state.responses} responses stored, ${acknowledgedHashes.length} acknowledged`);
  if (state.answeredInvitations !== state.responses)
    problems.push(`${state.answeredInvitations} invitations answered but ${state.responses} responses`);
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
