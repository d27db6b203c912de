/**
 * Issue 14's answer-submit figure, small and in process (decision 0040): rounds of 50 people each
 * are opened, every link is followed and its form read first, then only the submits are timed,
 * `concurrency` at a time, each through a fresh link, straight into the app (no HTTP socket, so the
 * figure is the app's and the database's own cost). The full side-by-side suite is `npm run bench`.
 *
 *   npx tsx bench/answer-submit.ts [sqlite|postgres] [rounds] [concurrency]
 *
 * PostgreSQL needs TEST_DATABASE_URL. Rounds fill up as the run goes, so a round's later answers
 * are stored beside up to 49 earlier ones, as in real use.
 */
import { performance } from 'node:perf_hooks';
import type { DatabaseEngine } from '../src/server/db/database';
import { createClient, createTestApp, signedUpClient, type TestApp } from '../tests/support/test-app';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely here, as in the tests.
type Json = Record<string, any>;

const engine = (process.argv[2] ?? 'sqlite') as DatabaseEngine;
const roundCount = Number(process.argv[3] ?? 6);
const concurrency = Number(process.argv[4] ?? 10);
const peoplePerRound = 50;

/** One leader, 50 stakeholders, one listening round asking all of them: its 50 copyable links. */
async function roundOfFifty(testApp: TestApp, index: number): Promise<string[]> {
  const leader = await signedUpClient(testApp, `Bench Leader ${index}`);
  const { workspaces } = (await (await leader.client.get('/api/workspaces')).json()) as Json;
  const workspaceId = workspaces[0].id as string;
  const created = await leader.client.post(`/api/workspaces/${workspaceId}/cycles`, {
    problem: 'My team never tells me about problems until it is too late.',
    goal: 'I want to get better at listening so that people bring me problems early.',
    competencyKey: 'listening-with-empathy',
    baseline: {},
  });
  const cycleId = ((await created.json()) as Json).cycle.id as string;
  const stakeholderIds: string[] = [];
  for (let person = 0; person < peoplePerRound; person++) {
    const added = await leader.client.post(`/api/workspaces/${workspaceId}/stakeholders`, {
      name: `Person ${person}`,
      relationshipGroup: person % 5 === 0 ? 'peer' : 'direct_report',
    });
    stakeholderIds.push(((await added.json()) as Json).stakeholder.id);
  }
  const opened = await leader.client.post(`/api/cycles/${cycleId}/rounds`, {
    kind: 'listening',
    intro: 'I would value your ideas.',
    closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    stakeholderIds,
  });
  if (opened.status !== 201) throw new Error(`round: ${opened.status} ${await opened.text()}`);
  return ((await opened.json()) as Json).links.map((link: Json) => link.url as string);
}

/** A stakeholder who followed the link and read the form, ready to send; each from its own address. */
async function readyToSend(testApp: TestApp, url: string, index: number) {
  const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  const stakeholder = createClient(testApp.app);
  const headers = { 'x-forwarded-for': address };
  await stakeholder.get(new URL(url).pathname, headers);
  const page = ((await (await stakeholder.get('/api/answer', headers)).json()) as Json).page;
  const answers = Object.fromEntries(
    page.questions.map((question: Json) => [
      question.id,
      question.kind === 'rating' ? 3 : 'Ask what we tried before you suggest anything.',
    ]),
  );
  return () => stakeholder.post('/api/answer', { answers }, headers);
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

async function main() {
  const testApp = await createTestApp(engine, { env: { TRUST_PROXY: '1' } });
  try {
    const links: string[] = [];
    for (let round = 0; round < roundCount; round++) links.push(...(await roundOfFifty(testApp, round)));
    // Interleaved across rounds, so concurrent submits mostly go to different rounds, as in real use.
    const order = links.map((_, i) => links[(i % roundCount) * peoplePerRound + Math.floor(i / roundCount)]);
    const sends = await Promise.all(order.map((url, index) => readyToSend(testApp, url as string, index)));

    const durations: number[] = [];
    let next = 0;
    let failed = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < sends.length) {
          const send = sends[next++] as () => Promise<Response>;
          const begun = performance.now();
          const response = await send();
          durations.push(performance.now() - begun);
          if (response.status !== 201) failed++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // On a busy machine the wall clock mostly measures the others; this process's CPU (the app,
    // the client calls and, for SQLite, the database itself) per submit does not.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuPerSubmit = (cpu.user + cpu.system) / 1000 / sends.length;
    durations.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      `${engine}: ${sends.length} submits in ${seconds.toFixed(2)} s, ${(sends.length / seconds).toFixed(0)}/s ` +
        `at ${concurrency} at once; p50 ${ms(percentile(durations, 0.5))}, p99 ${ms(percentile(durations, 0.99))}; ` +
        `${ms(cpuPerSubmit)} of this process's CPU each` +
        (failed ? `; ${failed} failed` : ''),
    );
    if (failed) process.exitCode = 1;
  } finally {
    await testApp.dispose();
  }
}

await main();
