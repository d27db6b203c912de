import type { Question } from '../../src/shared/questions';

/** The server's address changes with every restart, so a client asks for it on each request. */
export type BaseUrl = () => string;

/**
 * A browser-like client over real HTTP: keeps its cookies and sends the app's Origin, plus any
 * `extraHeaders` (e.g. X-Forwarded-For, to stand for a network behind a trusted proxy).
 */
export function createHttpClient(baseUrl: BaseUrl, extraHeaders: Record<string, string> = {}) {
  const cookies = new Map<string, string>();
  async function send(method: string, path: string, body?: unknown) {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...extraHeaders,
        origin: baseUrl(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookies.size
          ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [name, ...rest] = (line.split(';')[0] ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(line)) cookies.delete(name.trim());
      else cookies.set(name.trim(), value);
    }
    return response;
  }
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown = {}) => send('POST', path, body),
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

async function expectStatus(response: Response, status: number, what: string) {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${await response.text()}`);
  }
  return response.json() as Promise<Record<string, unknown>>;
}

export type Leader = { client: HttpClient; workspaceId: string; cycleId: string };

/** A leader signed up through the API, with one growth cycle to open rounds in. */
export async function signUpLeader(baseUrl: BaseUrl): Promise<Leader> {
  const client = createHttpClient(baseUrl);
  const email = `leader-${Math.random().toString(36).slice(2, 10)}@example.com`;
  const signUp = await client.post('/api/auth/sign-up', {
    name: 'Dura Leader',
    email,
    password: 'correct horse battery staple',
  });
  await expectStatus(signUp, 201, 'sign-up');
  const { workspaces } = (await expectStatus(await client.get('/api/workspaces'), 200, 'workspaces')) as {
    workspaces: { id: string }[];
  };
  const workspaceId = workspaces[0]?.id as string;
  const created = await client.post(`/api/workspaces/${workspaceId}/cycles`, {
    problem: 'My team never tells me about problems until it is too late.',
    goal: 'I want to get better at listening so that people bring me problems early.',
    competencyKey: 'listening-with-empathy',
    baseline: {},
  });
  const { cycle } = (await expectStatus(created, 201, 'cycle')) as { cycle: { id: string } };
  return { client, workspaceId, cycleId: cycle.id };
}

/**
 * Adds `count` new stakeholders without email (all peers) and opens a round for them in the
 * leader's cycle; with no SMTP the links come back in the response, one shared by the group.
 */
export async function openRoundWithNewStakeholders(
  leader: Leader,
  count: number,
  label: string,
): Promise<{ roundId: string; tokens: string[] }> {
  const text = Array.from({ length: count }, (_, index) => `Person ${label}-${index + 1}, peer`).join('\n');
  const bulk = await leader.client.post(`/api/workspaces/${leader.workspaceId}/stakeholders/bulk`, { text });
  const { added } = (await expectStatus(bulk, 200, 'add stakeholders')) as { added: { id: string }[] };
  if (added.length !== count) throw new Error(`add stakeholders: ${added.length} of ${count} added`);
  const closesOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const opened = await leader.client.post(`/api/cycles/${leader.cycleId}/rounds`, {
    kind: 'pulse',
    intro: `Durability round ${label}: a few quick questions.`,
    closesOn,
    stakeholderIds: added.map((stakeholder) => stakeholder.id),
  });
  const { roundId, links } = (await expectStatus(opened, 201, 'open round')) as {
    roundId: string;
    links: { url: string }[];
  };
  return { roundId, tokens: links.map((link) => new URL(link.url).pathname.replace(/^\/a\//, '')) };
}

/** Valid answers for whatever the round asks: the middle of each scale, a sentence, the first option. */
export function answersFor(questions: Question[]): Record<string, number | string> {
  return Object.fromEntries(
    questions.map((question) => {
      if (question.kind === 'rating') return [question.id, Math.ceil((question.min + question.max) / 2)];
      if (question.kind === 'text') return [question.id, 'Ask us earlier what gets in our way.'];
      return [question.id, question.options[0]?.value ?? ''];
    }),
  );
}

/** Follows an answer link as a browser does: the token becomes the answer cookie. */
export async function followLink(
  baseUrl: BaseUrl,
  token: string,
  extraHeaders: Record<string, string> = {},
): Promise<HttpClient> {
  const stakeholder = createHttpClient(baseUrl, extraHeaders);
  const visit = await stakeholder.get(`/a/${token}`);
  if (visit.status !== 303) throw new Error(`link visit: expected 303, got ${visit.status}`);
  return stakeholder;
}
