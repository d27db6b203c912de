import { afterEach, beforeEach, expect, test } from 'vitest';
import { leaderWithCycle, twoCommitments } from '../../../../tests/support/leader-fixture';
import { createClient, createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests.
type Json = Record<string, any>;
const closesOn = '2026-12-10';

describeEachEngine('pulse rounds and mini-surveys', (engine) => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp(engine, { now: () => new Date('2026-12-01T09:00:00Z') });
  });
  afterEach(async () => {
    await testApp.dispose();
  });

  async function open(kind: string, extra: Json = {}) {
    const setup = await leaderWithCycle(testApp);
    const commitmentIds: string[] = [];
    for (const commitment of extra.commitments ?? []) {
      const saved = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/commitments`, commitment);
      expect(saved.status).toBe(201);
      commitmentIds.push(((await saved.json()) as Json).commitment.id);
    }
    const opened = await setup.leader.client.post(`/api/cycles/${setup.cycle.id}/rounds`, {
      kind,
      intro: 'A month on: I would value two quick answers from you.',
      closesOn,
      stakeholderIds: setup.stakeholderIds,
    });
    return { ...setup, opened, commitmentIds };
  }

  /** A stakeholder in their own browser: follows the link, reads the form, answers. */
  async function answer(url: string, answers: () => Json) {
    const stakeholder = createClient(testApp.app);
    await stakeholder.get(new URL(url).pathname);
    const page = (await (await stakeholder.get('/api/answer')).json()) as Json;
    const submitted = await stakeholder.post('/api/answer', { answers: answers() });
    return { page: page.page as Json, submitted };
  }

  test('a pulse round asks the two check-in questions and releases the texts at close', async () => {
    const { leader, opened } = await open('pulse');
    expect(opened.status).toBe(201);
    const { roundId, links } = (await opened.json()) as Json;
    const ideas = ['Keep asking before advising.', 'Share your calendar openly.', 'Run one retro yourself.'];
    for (const [index, link] of links.slice(0, 3).entries()) {
      const { page, submitted } = await answer(link.url, () => ({
        progress: `I noticed more questions, ${index}.`,
        next: ideas[index],
      }));
      expect(page.kind).toBe('pulse');
      expect(page.questions.map((q: Json) => q.prompt)).toEqual([
        "What progress have you seen in Lee Leader's listening with empathy since last time?",
        'What should Lee Leader do next?',
      ]);
      expect(submitted.status).toBe(201);
    }
    const whileOpen = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(whileOpen.results).toEqual({ released: false, reason: 'open', responseCount: 3, k: 3 });
    expect(JSON.stringify(whileOpen)).not.toContain('Keep asking before advising.');
    expect((await leader.client.post(`/api/rounds/${roundId}/close`)).status).toBe(204);
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.round.kind).toBe('pulse');
    expect(view.results.released).toBe(true);
    const next = view.results.texts.find((text: Json) => text.questionId === 'next');
    expect([...next.answers].sort()).toEqual([...ideas].sort());
    expect(view.changeSummaries).toEqual([]);
  });

  test('opening a pulse round does not move the cycle back to listening', async () => {
    const { leader, cycle, opened } = await open('pulse');
    expect(opened.status).toBe(201);
    const view = (await (await leader.client.get(`/api/cycles/${cycle.id}`)).json()) as Json;
    expect(view.cycle.stage).toBe('reframe');
    expect(view.cycle.rounds[0].kind).toBe('pulse');
  });

  test('a mini-survey needs at least one active commitment', async () => {
    const { opened } = await open('mini_survey');
    expect(opened.status).toBe(400);
    expect(((await opened.json()) as Json).error).toMatchObject({
      code: 'no_active_commitments',
      field: 'kind',
    });
  });

  test('an unknown kind of round is refused, naming the field', async () => {
    const { opened } = await open('annual_review');
    expect(opened.status).toBe(400);
    expect(((await opened.json()) as Json).error).toMatchObject({ code: 'invalid_input', field: 'kind' });
  });

  test('a mini-survey asks about each active commitment and releases mean, share improved and real progress', async () => {
    const { leader, opened, commitmentIds } = await open('mini_survey', { commitments: twoCommitments });
    expect(opened.status).toBe(201);
    const { roundId, links } = (await opened.json()) as Json;
    const [first, second] = commitmentIds;
    // First commitment: +2, +2, +1, 0 and one "not enough contact"; second: only two can judge.
    const ratings: [number | null, number | null][] = [
      [2, 1],
      [2, null],
      [1, null],
      [0, null],
      [null, 3],
    ];
    for (const [index, link] of links.entries()) {
      const [onFirst, onSecond] = ratings[index] ?? [null, null];
      const { page, submitted } = await answer(link.url, () => ({
        [`change:${first}`]: onFirst,
        [`followed-up:${first}`]: index < 3 ? 'a_few_times' : 'never',
        [`change:${second}`]: onSecond,
        [`followed-up:${second}`]: 'once',
        feedforward: 'Keep checking in with us like this.',
      }));
      expect(submitted.status).toBe(201);
      if (index === 0) {
        expect(page.kind).toBe('mini_survey');
        expect(page.questions.find((q: Json) => q.id === `change:${first}`)).toMatchObject({
          // The stakeholder rates the behavior in the leader's own words, situation included.
          prompt:
            'Lee Leader wrote: “When someone brings me a problem in our one-to-one, I will ask what they have tried before I suggest anything.” Has Lee Leader become more or less effective at this?',
          min: -3,
          max: 3,
          unknownLabel: 'Not enough contact to judge',
        });
      }
    }
    const whileOpen = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(whileOpen.changeSummaries).toEqual([]);
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.changeSummaries).toHaveLength(2);
    expect(view.changeSummaries).toEqual(
      expect.arrayContaining([
        {
          questionId: `change:${first}`,
          subject: first,
          hidden: false,
          n: 4,
          mean: 1.25,
          shareImproved: 0.75,
          realProgress: true,
          followUpQuestionId: `followed-up:${first}`,
          followUp: {
            n: 5,
            options: [
              { value: 'never', label: 'Never', count: 2 },
              { value: 'once', label: 'Once', count: 0 },
              { value: 'a_few_times', label: 'A few times', count: 3 },
              { value: 'regularly', label: 'Regularly', count: 0 },
            ],
          },
        },
        {
          questionId: `change:${second}`,
          subject: second,
          hidden: true,
          followUpQuestionId: `followed-up:${second}`,
          followUp: expect.objectContaining({ n: 5 }),
        },
      ]),
    );
    const texts = view.results.texts.flatMap((text: Json) => text.answers);
    expect(texts).toContain('Keep checking in with us like this.');
  });

  test('a mini-survey below k releases no headline at all', async () => {
    const { leader, opened, commitmentIds } = await open('mini_survey', {
      commitments: twoCommitments.slice(0, 1),
    });
    const { roundId, links } = (await opened.json()) as Json;
    for (const link of links.slice(0, 2)) {
      await answer(link.url, () => ({
        [`change:${commitmentIds[0]}`]: 3,
        [`followed-up:${commitmentIds[0]}`]: 'regularly',
        feedforward: 'More of the same, please.',
      }));
    }
    await leader.client.post(`/api/rounds/${roundId}/close`);
    const view = (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as Json;
    expect(view.results).toMatchObject({ released: false, reason: 'too-few' });
    expect(view.changeSummaries).toEqual([]);
  });

  test('a rating outside -3..+3 is refused, naming the question', async () => {
    const { opened, commitmentIds } = await open('mini_survey', { commitments: twoCommitments.slice(0, 1) });
    const { links } = (await opened.json()) as Json;
    const { submitted } = await answer(links[0].url, () => ({
      [`change:${commitmentIds[0]}`]: 4,
      [`followed-up:${commitmentIds[0]}`]: 'once',
      feedforward: 'Keep going.',
    }));
    expect(submitted.status).toBe(400);
    expect(((await submitted.json()) as Json).error.field).toBe(`answers.change:${commitmentIds[0]}`);
  });
});
