import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { leaderWithCycle } from '../../../../tests/support/leader-fixture';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { describeEachEngine } from '../../../../tests/support/test-database';
import type { Answers, Question, RelationshipGroup, TextQuestion } from '../../../shared/questions';
import type { RoundResults } from '../../../shared/round-results';
import { storeClosedRound } from '../progress/closed-round.fixtures';
import { behaviorQuestion } from '../progress/progress.fixtures';
import { releaseRoundResults } from './release.models';
import { createReleasedViewCache } from './released-views';
import { roundForRelease } from './stored-round.models';

const rating = behaviorQuestion('asks-first');
const ideas: TextQuestion = {
  id: 'ideas',
  kind: 'text',
  prompt: 'What could Lee do differently?',
  maxLength: 2000,
  required: false,
  feedforward: true,
};
const questions: Question[] = [rating, ideas];
// Four anonymous people in three groups: with k = 3 the small groups must be merged.
const answers: [RelationshipGroup, Answers][] = [
  ['direct_report', { [rating.id]: 4, [ideas.id]: 'Keep standups short.' }],
  ['direct_report', { [rating.id]: 3, [ideas.id]: 'Shorter standups, please.' }],
  ['peer', { [rating.id]: 5, [ideas.id]: 'Summarize what you heard.' }],
  ['manager', { [rating.id]: 2 }],
];

type View = { results: RoundResults & { texts?: { answers: string[] }[] }; themes: unknown };
const sortedTexts = (results: View['results']) =>
  results.released ? results.texts.map((text) => [...text.answers].sort()) : [];

describeEachEngine('a closed round’s released view, computed once and kept', (engine) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(engine);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await testApp?.dispose();
  });

  async function closedRound() {
    const { leader, cycle } = await leaderWithCycle(testApp);
    const roundId = await storeClosedRound(testApp.deps.repos, {
      cycleId: cycle.id,
      kind: 'listening',
      questions,
      answers,
      closedAt: '2026-03-15T12:00:00.000Z',
    });
    const read = async () => (await (await leader.client.get(`/api/rounds/${roundId}`)).json()) as View;
    return { roundId, read };
  }

  /** What the release computes from the stored rows right now, without any kept view. */
  async function computedNow(roundId: string) {
    const invited = await testApp.deps.repos.rounds.countInvitationsByGroup(roundId);
    const responses = await testApp.deps.repos.rounds.listResponses(roundId);
    return releaseRoundResults(
      roundForRelease({ status: 'closed', questions, invited }, responses),
      3,
      () => 0.5,
    );
  }

  test('the second read is served from the kept view: the same, and no text analysis again', async () => {
    const { roundId, read } = await closedRound();
    const analysis = vi.spyOn(testApp.deps.textPool, 'run');
    const first = await read();
    const runsForFirst = analysis.mock.calls.length;
    expect(runsForFirst).toBe(1);
    const second = await read();
    expect(analysis.mock.calls.length).toBe(runsForFirst);
    // Identical, suggestions in the same (shuffled once) order.
    expect(second).toEqual(first);
    // And equal to what the release computes from the rows, the k rules and group merging included.
    const computed = await computedNow(roundId);
    expect(computed.released).toBe(true);
    expect(first.results.released).toBe(true);
    const { texts: _kept, ...keptFigures } = first.results as Extract<RoundResults, { released: true }>;
    const { texts: _computed, ...computedFigures } = computed as Extract<RoundResults, { released: true }>;
    expect(keptFigures).toEqual(computedFigures);
    expect(sortedTexts(first.results)).toEqual(sortedTexts(computed));
    // No group of fewer than k is shown on its own: the small groups were merged.
    const shownGroups = keptFigures.ratings[0]?.byGroup ?? [];
    for (const shown of shownGroups) {
      expect(answers.filter(([group]) => shown.groups.includes(group)).length).toBeGreaterThanOrEqual(3);
    }
    analysis.mockRestore();
  });

  test('a change to what the release reads is seen at once: a removed text, then fewer than k', async () => {
    const { roundId, read } = await closedRound();
    expect(sortedTexts((await read()).results).flat()).toContain('Summarize what you heard.');
    // As retention does: the stored text answers of a closed round are removed in place.
    const rows = await testApp.deps.repos.rounds.listResponseAnswers(roundId);
    const withSummary = rows.find((row) => row.answers.includes('Summarize'));
    await testApp.deps.repos.rounds.updateResponseAnswers(
      withSummary?.id as string,
      JSON.stringify({ [rating.id]: 5 }),
    );
    const afterRetention = await read();
    expect(sortedTexts(afterRetention.results).flat()).not.toContain('Summarize what you heard.');
    expect(sortedTexts(afterRetention.results)).toEqual(sortedTexts(await computedNow(roundId)));
    // Two responses gone: below k, nothing is released any more, whatever was kept.
    const remaining = await testApp.deps.repos.rounds.listResponses(roundId);
    await testApp.deps.repos.rounds.replaceResponses(roundId, remaining.slice(0, 2));
    const belowK = await read();
    expect(belowK.results).toEqual({ released: false, reason: 'too-few', responseCount: 2, k: 3 });
    expect(belowK.themes).toEqual([]);
  });
});

describe('the kept views', () => {
  test('hold at most their capacity, dropping the least recently read, and never serve another digest', () => {
    const cache = createReleasedViewCache<string>(2);
    cache.keep('a', 'digest-a', 'view a');
    cache.keep('b', 'digest-b', 'view b');
    expect(cache.read('a', 'digest-a')).toBe('view a');
    cache.keep('c', 'digest-c', 'view c');
    expect(cache.size).toBe(2);
    expect(cache.read('b', 'digest-b')).toBeUndefined();
    expect(cache.read('a', 'digest-a')).toBe('view a');
    expect(cache.read('a', 'another digest')).toBeUndefined();
  });
});
