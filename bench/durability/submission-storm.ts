import type { Question } from '../../src/shared/questions';
import { answersFor, type BaseUrl, followLink } from './app-client';

export type StormOutcome = {
  /** Links whose POST /api/answer came back 201: the server promised these are saved. */
  acknowledged: string[];
  /** Links whose request died with the server: saved or not, nothing was promised. */
  cut: string[];
  /** Links refused with another status while the server was up: a finding of its own. */
  refused: { token: string; status: number; body: string }[];
  /** How many answers were acknowledged when the kill was ordered. */
  killedAfter: number;
};

/**
 * Every stakeholder at once: follow the link, read the questions, submit. The server is killed
 * once `killAfterAcks` submissions are acknowledged (and at least one is in flight), plus a
 * random few milliseconds, so the kill lands among commits and responses still on the wire.
 */
export async function submitAllAndKill(options: {
  baseUrl: BaseUrl;
  tokens: string[];
  killAfterAcks: number;
  extraDelayMs: number;
  kill: () => Promise<void>;
}): Promise<StormOutcome> {
  const { baseUrl, tokens, killAfterAcks, extraDelayMs, kill } = options;
  const outcome: StormOutcome = { acknowledged: [], cut: [], refused: [], killedAfter: -1 };
  let posted = 0;
  let killing: Promise<void> | undefined;
  const maybeKill = () => {
    if (killing || posted === 0 || outcome.acknowledged.length < killAfterAcks) return;
    killing = (async () => {
      await new Promise((resolve) => setTimeout(resolve, extraDelayMs));
      outcome.killedAfter = outcome.acknowledged.length;
      await kill();
    })();
  };

  async function oneStakeholder(token: string) {
    try {
      const stakeholder = await followLink(baseUrl, token);
      const page = await stakeholder.get('/api/answer');
      if (page.status !== 200) throw new Refused(page.status, await page.text());
      const { questions } = ((await page.json()) as { page: { questions: Question[] } }).page;
      const submitting = stakeholder.post('/api/answer', { answers: answersFor(questions) });
      posted++;
      maybeKill();
      const submitted = await submitting;
      if (submitted.status !== 201) throw new Refused(submitted.status, await submitted.text());
      outcome.acknowledged.push(token);
      maybeKill();
    } catch (error) {
      if (error instanceof Refused) outcome.refused.push({ token, status: error.status, body: error.body });
      else outcome.cut.push(token);
    }
  }

  await Promise.all(tokens.map(oneStakeholder));
  // Everyone finished before the threshold was reached: the kill still comes, after the storm.
  if (!killing) {
    outcome.killedAfter = outcome.acknowledged.length;
    killing = kill();
  }
  await killing;
  return outcome;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`refused with ${status}`);
  }
}
