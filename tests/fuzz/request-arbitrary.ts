import fc from 'fast-check';
import type { FuzzWorld, Identity } from './fuzz-world';
import { identities, idsOf } from './fuzz-world';
import { bodySchemas, queryKeys } from './route-schemas';
import { type FieldHints, mutatedArbitrary, validArbitrary } from './schema-arbitrary';

export type Route = { method: string; path: string };

/** One generated request, before the world's ids are filled in, so it can be printed and replayed. */
export type FuzzRequest = {
  route: Route;
  identity: Identity;
  /** Path parameters as choices made against the world: whose object, or what garbage. */
  params: Record<string, ParamChoice>;
  query: string;
  body?: { contentType?: string; data: string | Uint8Array };
  origin: 'own' | 'none' | 'foreign';
  answerCookie: 'none' | 'valid' | 'garbage';
};

type ParamChoice =
  | { from: 'owner' | 'other'; index: number }
  | { from: 'any-id'; index: number }
  | { from: 'literal'; value: string };

const garbageSegment = fc.oneof(
  fc.uuid().map((id) => encodeURIComponent(id)),
  fc.string({ minLength: 1 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', minLength: 1 }).map(encodeURIComponent),
  fc.constantFrom(
    '0',
    '-1',
    'null',
    'undefined',
    '%00',
    '%E0%A4%A',
    '%ZZ',
    '..',
    '%2e%2e',
    '%2F',
    'x'.repeat(5_000),
  ),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
);

const paramChoice: fc.Arbitrary<ParamChoice> = fc.oneof(
  { arbitrary: fc.record({ from: fc.constant('owner' as const), index: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ from: fc.constant('other' as const), index: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ from: fc.constant('any-id' as const), index: fc.nat() }), weight: 1 },
  { arbitrary: garbageSegment.map((value) => ({ from: 'literal' as const, value })), weight: 2 },
);

const dayValue = fc.oneof(
  fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '0000-00-00', '9999-99-99', '2026-1-1', ''),
);

function queryArbitrary(key: string): fc.Arbitrary<string> {
  const known = queryKeys[key] ?? [];
  const pairs = fc.array(
    fc.tuple(
      known.length ? fc.oneof(fc.constantFrom(...known), fc.string()) : fc.string(),
      fc.oneof(dayValue, fc.string(), fc.string({ unit: 'grapheme' })),
    ),
    { maxLength: 4 },
  );
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 4 },
    { arbitrary: pairs.map((list) => `?${new URLSearchParams(list)}`), weight: 3 },
    {
      arbitrary: fc.constantFrom(
        '?',
        '?&&=&',
        '?a=%ZZ',
        '?from=%',
        '?from=a&from=b&to[]=1',
        '?__proto__[x]=1',
      ),
      weight: 1,
    },
  );
}

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  undefined,
);

const rawBody = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.uint8Array({ maxLength: 512 }),
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    '[1,2',
    'null',
    '"text"',
    '{"__proto__":{"admin":true}}',
    '\uFEFF{}',
    '{}'.repeat(3),
  ),
  fc.nat({ max: 200 }).map((depth) => `${'['.repeat(depth * 10)}${']'.repeat(depth * 10)}`),
);

/** Requests for one route, mixing schema-shaped, random JSON and non-JSON bodies, ids and queries. */
export function requestArbitrary(route: Route, hints: FieldHints): fc.Arbitrary<FuzzRequest> {
  const key = `${route.method} ${route.path}`;
  const schema = bodySchemas[key];
  const paramNames = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const params = fc.record(
    Object.fromEntries(
      paramNames.map((name) => [
        name,
        name === 'day'
          ? fc.oneof(
              dayValue.map((value) => ({ from: 'literal' as const, value })),
              paramChoice,
            )
          : paramChoice,
      ]),
    ),
  );
  const shaped = schema
    ? [
        { arbitrary: validArbitrary(schema, hints).map((value) => JSON.stringify(value)), weight: 4 },
        {
          arbitrary: mutatedArbitrary(schema, hints).map((value) => JSON.stringify(value) ?? 'null'),
          weight: 4,
        },
      ]
    : [];
  const body = fc.oneof(
    ...shaped.map(({ arbitrary, weight }) => ({
      arbitrary: arbitrary.map((data) => ({ contentType: 'application/json', data })),
      weight,
    })),
    { arbitrary: fc.record({ contentType: contentTypes, data: rawBody }), weight: 3 },
  );
  const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
  return fc.record({
    route: fc.constant(route),
    identity: fc.constantFrom(...identities),
    params,
    query: queryArbitrary(key),
    body: hasBody ? fc.option(body, { nil: undefined, freq: 12 }) : fc.constant(undefined),
    origin: fc.constantFrom('own', 'own', 'own', 'own', 'own', 'own', 'own', 'own', 'none', 'foreign'),
    answerCookie: fc.constantFrom('none', 'none', 'valid', 'garbage'),
  });
}

/** The concrete path, with each parameter's choice resolved against the current world. */
export function pathOf(request: FuzzRequest, world: FuzzWorld): string {
  return request.route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const choice = request.params[name] as ParamChoice;
    if (choice.from === 'literal') return choice.value;
    const pool =
      choice.from === 'any-id'
        ? [...idsOf(world.owner), ...idsOf(world.other)]
        : name === 'token'
          ? world[choice.from].answerTokens
          : idsOfKind(world[choice.from], name);
    return encodeURIComponent(pool[choice.index % pool.length] as string);
  });
}

function idsOfKind(leader: FuzzWorld['owner'], name: string): string[] {
  if (name === 'workspaceId') return [leader.workspaceId];
  if (name === 'stakeholderId') return leader.stakeholderIds;
  if (name === 'cycleId') return [leader.cycleId];
  if (name === 'roundId') return [leader.roundId];
  if (name === 'commitmentId') return [leader.commitmentId];
  if (name === 'day') return [new Date().toISOString().slice(0, 10)];
  return idsOf(leader);
}
