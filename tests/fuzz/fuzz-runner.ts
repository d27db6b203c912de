import fc from 'fast-check';
import type { DatabaseEngine } from '../../src/server/db/database';
import { type TestApp, testBaseUrl } from '../support/test-app';
import { rowCounter, tableNames } from './fuzz-app';
import { buildWorld, type FuzzWorld, hintsFor, restoreSession } from './fuzz-world';
import { type FuzzRequest, pathOf, type Route, requestArbitrary } from './request-arbitrary';

/**
 * Tables a refused request may still write on purpose: throttling counts every attempt, the
 * refused ones most of all. Anything else written by a 4xx is a partial write.
 */
const writtenOnPurposeBy4xx = new Set(['rate_limits']);

export type ServerError = { request: string; status: number; body: string; logs: string[] };
export type PartialWrite = { request: string; status: number; changed: Record<string, [number, number]> };

export type FuzzFigures = {
  engine: DatabaseEngine;
  seed: number;
  sent: number;
  byClass: Record<string, number>;
  byStatus: Record<number, number>;
  routes: number;
  checked4xx: number;
  /** Time spent in each route's requests, to see where a run's seconds go. */
  msByRoute: Record<string, number>;
  serverErrors: ServerError[];
  partialWrites: PartialWrite[];
  seconds: number;
};

/** Every route the app registered (middleware excluded), so a new route is fuzzed without a change here. */
export function routesOf(testApp: TestApp): Route[] {
  const seen = new Map<string, Route>();
  for (const { method, path } of testApp.app.routes) {
    if (method !== 'ALL') seen.set(`${method} ${path}`, { method, path });
  }
  return [...seen.values()];
}

export function describeRequest(request: FuzzRequest, world: FuzzWorld): string {
  const body = request.body?.data;
  const shown =
    body === undefined ? '' : typeof body === 'string' ? body : `bytes ${Buffer.from(body).toString('hex')}`;
  return [
    `${request.route.method} ${pathOf(request, world)}${request.query}`,
    `as ${request.identity}, origin ${request.origin}, answer cookie ${request.answerCookie}`,
    request.body
      ? `content-type ${request.body.contentType ?? '(none)'}, body ${shown.slice(0, 2_000)}`
      : 'no body',
  ].join(' | ');
}

async function send(testApp: TestApp, request: FuzzRequest, world: FuzzWorld, sequence: number) {
  const headers: Record<string, string> = {};
  if (request.origin === 'own') headers.origin = testBaseUrl;
  if (request.origin === 'foreign') headers.origin = 'https://evil.example';
  const cookies: string[] = [];
  if (request.identity !== 'anonymous') cookies.push(`ff_session=${world[request.identity].sessionToken}`);
  const tokens = world.owner.answerTokens;
  if (request.answerCookie === 'valid') cookies.push(`ff_answer=${tokens[sequence % tokens.length]}`);
  if (request.answerCookie === 'garbage') cookies.push('ff_answer=not-a-token');
  if (cookies.length) headers.cookie = cookies.join('; ');
  if (request.body?.contentType) headers['content-type'] = request.body.contentType;
  const response = await testApp.app.request(`${pathOf(request, world)}${request.query}`, {
    method: request.route.method,
    headers,
    body: request.body?.data as BodyInit | undefined,
  });
  return { status: response.status, text: await response.text() };
}

/** Deterministic order within a chunk, so one seed replays the same run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = fc.sample(fc.array(fc.nat(), { minLength: items.length, maxLength: items.length }), {
    numRuns: 1,
    seed,
  })[0] as number[];
  return items
    .map((item, index) => ({ item, key: random[index] as number }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

export type FuzzOptions = {
  total: number;
  seed: number;
  /** Count rows around every nth request (1: all); a 4xx in a counted request is checked for partial writes. */
  countEvery?: number;
  /** A fresh owner and other leader every this many chunks, so destructive requests do not starve later ones. */
  refreshEveryChunks?: number;
  onChunk?: (figures: FuzzFigures) => void;
};

/** Sends `total` fuzzed requests spread evenly over every route, as the three identities. */
export async function runFuzz(
  testApp: TestApp,
  errorLines: string[],
  { total, seed, countEvery = 1, refreshEveryChunks = 4, onChunk }: FuzzOptions,
): Promise<FuzzFigures> {
  const started = performance.now();
  const routes = routesOf(testApp);
  let world = await buildWorld(testApp);
  const hints = hintsFor(() => world);
  const arbitraries = routes.map((route) => requestArbitrary(route, hints));
  const countRows = rowCounter(testApp, await tableNames(testApp));
  const figures: FuzzFigures = {
    engine: testApp.database.engine,
    seed,
    sent: 0,
    byClass: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
    byStatus: {},
    routes: routes.length,
    checked4xx: 0,
    msByRoute: {},
    serverErrors: [],
    partialWrites: [],
    seconds: 0,
  };
  const perRoute = 16;
  let before: Record<string, number> | undefined;
  let stale = false;
  for (let chunk = 0; figures.sent < total; chunk++) {
    if (chunk > 0 && chunk % refreshEveryChunks === 0) stale = true;
    const batch = shuffled(
      arbitraries.flatMap((arbitrary, index) =>
        fc.sample(arbitrary, { numRuns: perRoute, seed: seed + chunk * 1_009 + index }),
      ),
      seed + chunk,
    );
    for (const request of batch) {
      if (figures.sent >= total) break;
      if (stale) {
        world = await buildWorld(testApp);
        before = undefined;
        stale = false;
      }
      const counted = figures.sent % countEvery === 0;
      if (counted) before ??= await countRows();
      const errorsBefore = errorLines.length;
      const sequence = figures.sent++;
      const routeKey = `${request.route.method} ${request.route.path}`;
      const sentAt = performance.now();
      let outcome: { status: number; text: string };
      try {
        outcome = await send(testApp, request, world, sequence);
      } catch (error) {
        outcome = {
          status: 599,
          text: error instanceof Error ? (error.stack ?? error.message) : String(error),
        };
      }
      figures.msByRoute[routeKey] = (figures.msByRoute[routeKey] ?? 0) + performance.now() - sentAt;
      const { status } = outcome;
      const statusClass = `${Math.floor(status / 100)}xx`;
      figures.byClass[statusClass] = (figures.byClass[statusClass] ?? 0) + 1;
      figures.byStatus[status] = (figures.byStatus[status] ?? 0) + 1;
      if (status >= 500) {
        figures.serverErrors.push({
          request: describeRequest(request, world),
          status,
          body: outcome.text.slice(0, 2_000),
          logs: errorLines.slice(errorsBefore),
        });
      }
      // A fuzzed sign-out ends the leader's session, and a fuzzed account deletion ends the leader.
      if (status < 300 && request.identity !== 'anonymous') {
        if (!(await restoreSession(testApp, world[request.identity]))) stale = true;
      }
      if (!counted) {
        before = undefined;
        continue;
      }
      const after = await countRows();
      if (status >= 400 && status < 500 && before) {
        figures.checked4xx++;
        const changed: Record<string, [number, number]> = {};
        for (const [table, count] of Object.entries(after)) {
          if (!writtenOnPurposeBy4xx.has(table) && before[table] !== count)
            changed[table] = [before[table] ?? 0, count];
        }
        if (Object.keys(changed).length)
          figures.partialWrites.push({ request: describeRequest(request, world), status, changed });
      }
      before = after;
    }
    figures.seconds = (performance.now() - started) / 1_000;
    onChunk?.(figures);
  }
  figures.seconds = (performance.now() - started) / 1_000;
  return figures;
}

export function summary(figures: FuzzFigures): string {
  const classes = Object.entries(figures.byClass)
    .map(([statusClass, count]) => `${statusClass} ${count}`)
    .join(', ');
  const statuses = Object.entries(figures.byStatus)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const slowest = Object.entries(figures.msByRoute)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([route, ms]) => `${route} ${(ms / 1_000).toFixed(1)} s`)
    .join(', ');
  return [
    `fuzz on ${figures.engine} (seed ${figures.seed}): ${figures.sent} requests over ${figures.routes} routes in ${figures.seconds.toFixed(1)} s (${Math.round(figures.sent / figures.seconds)} requests/s)`,
    `  by status class: ${classes}`,
    `  by status: ${statuses}`,
    `  4xx checked for partial writes: ${figures.checked4xx}, partial writes: ${figures.partialWrites.length}`,
    `  slowest routes: ${slowest}`,
    `  ${figures.serverErrors.length} server errors (ceiling 0)`,
  ].join('\n');
}
