/**
 * Issue 14's reframe and hint figures (decision 0040): the latency of the two calls that run the
 * text analysis while someone types, straight into the app (no HTTP socket), one at a time and
 * several at once. Texts vary per call, as typing does; the worker threads are warm, as after start.
 *
 *   npx tsx bench/text-calls.ts [sqlite|postgres] [calls] [concurrency]
 */
import { performance } from 'node:perf_hooks';
import type { DatabaseEngine } from '../src/server/db/database';
import { leaderWithCycle } from '../tests/support/leader-fixture';
import { createClient, createTestApp, signedUpClient, type TestApp } from '../tests/support/test-app';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely here, as in the tests.
type Json = Record<string, any>;

const engine = (process.argv[2] ?? 'sqlite') as DatabaseEngine;
const calls = Number(process.argv[3] ?? 300);
const concurrency = Number(process.argv[4] ?? 10);
// The default budget; the tests raise it, which would hide a call that runs over.
const env = { TRUST_PROXY: '1', TEXT_ANALYSIS_BUDGET_MS: '1000' };

const suggestions = [
  'You could ask the team what they tried before you suggest anything.',
  'Maybe share the agenda a day before so we can prepare our questions.',
  'Try summarizing what you heard at the end of each one-to-one.',
  'It would help if you let us finish our point before answering.',
];
const problems = [
  'My team never tells me about problems until it is too late.',
  'People stop talking when I join the meeting and I do not know why.',
  'I keep jumping in with solutions before people finish explaining.',
  'Projects slip because nobody raises risks early enough.',
];
const textOf = (texts: string[], index: number) => `${texts[index % texts.length]} (${index})`;

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

async function timed(label: string, count: number, at: number, call: (index: number) => Promise<Response>) {
  const durations: number[] = [];
  let next = 0;
  let unavailable = 0;
  await Promise.all(
    Array.from({ length: at }, async () => {
      while (next < count) {
        const index = next++;
        const begun = performance.now();
        const response = await call(index);
        durations.push(performance.now() - begun);
        const body = (await response.json()) as Json;
        if (response.status !== 200) throw new Error(`${label}: ${response.status} ${JSON.stringify(body)}`);
        if (body.available === false) unavailable++;
      }
    }),
  );
  durations.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `${engine} ${label}, ${count} calls, ${at} at once: p50 ${ms(percentile(durations, 0.5))}, ` +
      `p99 ${ms(percentile(durations, 0.99))}, max ${ms(durations.at(-1) ?? 0)}` +
      (unavailable ? `, ${unavailable} over budget` : ''),
  );
}

/** Stakeholders holding a live link, each sending from its own address. */
async function hintSenders(testApp: TestApp) {
  const setup = await leaderWithCycle(testApp);
  const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
    kind: 'listening',
    intro: 'I would value your ideas.',
    closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    stakeholderIds: setup.stakeholderIds,
  });
  const links = ((await opened.json()) as Json).links.map((link: Json) => link.url as string);
  return Promise.all(
    links.map(async (url: string, person: number) => {
      const stakeholder = createClient(testApp.app);
      const headers = { 'x-forwarded-for': `10.0.0.${person + 1}` };
      await stakeholder.get(new URL(url).pathname, headers);
      return (text: string) => stakeholder.post('/api/answer/hint', { text }, headers);
    }),
  );
}

/** Leaders in workspaces of their own: each may reframe 30 times in 10 minutes. */
async function reframers(testApp: TestApp, count: number) {
  return Promise.all(
    Array.from({ length: Math.ceil(count / 30) }, async (_, index) => {
      const leader = await signedUpClient(testApp, `Bench Leader ${index}`);
      const { workspaces } = (await (await leader.client.get('/api/workspaces')).json()) as Json;
      const path = `/api/workspaces/${workspaces[0].id}/reframe`;
      return (problem: string) => leader.client.post(path, { problem });
    }),
  );
}

async function main() {
  const testApp = await createTestApp(engine, { env });
  try {
    await testApp.deps.textPool.ready;
    const hints = await hintSenders(testApp);
    const hint = (index: number) =>
      (hints[index % hints.length] as (text: string) => Promise<Response>)(textOf(suggestions, index));
    await timed('hint', calls, 1, hint);
    await timed('hint', calls, concurrency, hint);

    const leaders = await reframers(testApp, 2 * calls);
    const reframe = (offset: number) => (index: number) =>
      (leaders[Math.floor((offset + index) / 30)] as (problem: string) => Promise<Response>)(
        textOf(problems, offset + index),
      );
    await timed('reframe', calls, 1, reframe(0));
    await timed('reframe', calls, concurrency, reframe(calls));
  } finally {
    await testApp.dispose();
  }
}

await main();
