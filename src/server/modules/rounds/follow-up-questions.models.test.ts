import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../shared/questions';
import { defaultFramework } from '../frameworks/default-framework';
import { releaseChangeSummaries } from './change-summaries.models';
import {
  type CommitmentToAsk,
  changeQuestionPrompt,
  miniSurveyQuestions,
} from './mini-survey-questions.models';
import { pulseRoundQuestions } from './pulse-questions.models';
import { invitedOf } from './release.fixtures';

const competency = defaultFramework.competencies[0] ?? (undefined as never);
const commitments = [
  {
    id: 'c1',
    situation: 'When a colleague brings me a problem',
    action: 'I will ask what they tried before I suggest anything.',
  },
  { id: 'c2', situation: 'a meeting ends', action: 'Summarize what I heard' },
];
const rated = (commitment: CommitmentToAsk) => changeQuestionPrompt(commitment, 'Lee');

describe('pulse round questions', () => {
  test('a pulse asks what progress people have seen and what the leader should do next', () => {
    const questions = pulseRoundQuestions(competency, 'Lee');
    expect(questions).toHaveLength(2);
    expect(questions[0]).toMatchObject({
      kind: 'text',
      prompt: `What progress have you seen in Lee's ${competency.name.toLowerCase()} since last time?`,
      feedforward: false,
    });
    expect(questions[1]).toMatchObject({
      kind: 'text',
      prompt: 'What should Lee do next?',
      feedforward: true,
    });
  });
});

describe('mini-survey questions', () => {
  test("stakeholders rate the commitment in the leader's own words, with its situation", () => {
    expect(
      rated({
        id: 'c',
        situation: 'When the team plans a sprint',
        action: 'I will share my own deadlines with them',
      }),
    ).toBe(
      'Lee wrote: “When the team plans a sprint, I will share my own deadlines with them.” Has Lee become more or less effective at this?',
    );
  });

  test('first-person words stay with the leader and "they" stays with the others they meant', () => {
    const cases = [
      { situation: 'someone disagrees with me', action: 'ask them what I am missing' },
      { situation: 'I feel frustrated', action: 'I will pause before I reply and keep my tone calm' },
      { situation: 'a decision is mine to make', action: 'explain it myself to the people it affects' },
      { situation: 'they bring their own plan', action: 'let them run it their way' },
    ];
    for (const commitment of cases) {
      const prompt = rated({ id: 'c', ...commitment });
      const quoted = /“(.+)”/.exec(prompt)?.[1] ?? '';
      expect(quoted).toContain(commitment.situation.replace(/^When /, ''));
      expect(quoted).toContain(commitment.action.replace(/^I will /, ''));
      expect(prompt).not.toMatch(/\b(themselves|theirs)\b/);
      expect(prompt.startsWith('Lee wrote: “When ')).toBe(true);
    }
  });

  test('"When" and "I will" are never doubled or dropped, however the leader typed them', () => {
    expect(rated(commitments[1] as CommitmentToAsk)).toBe(
      'Lee wrote: “When a meeting ends, I will summarize what I heard.” Has Lee become more or less effective at this?',
    );
    expect(rated(commitments[0] as CommitmentToAsk)).not.toMatch(/When when|I will I will|\.\./i);
  });

  test('each commitment gets a -3..+3 change rating and a follow-up question, then one feedforward question', () => {
    const questions = miniSurveyQuestions(commitments, competency, 'Lee');
    expect(questions.map((q) => q.id)).toEqual([
      'change:c1',
      'followed-up:c1',
      'change:c2',
      'followed-up:c2',
      'feedforward',
    ]);
    expect(questions[0]).toMatchObject({
      kind: 'rating',
      prompt:
        'Lee wrote: “When a colleague brings me a problem, I will ask what they tried before I suggest anything.” Has Lee become more or less effective at this?',
      min: -3,
      max: 3,
      minLabel: 'Less effective',
      maxLabel: 'More effective',
      unknownLabel: 'Not enough contact to judge',
      subject: 'c1',
    });
    const followUp = questions[1];
    expect(followUp?.kind === 'choice' && followUp.options.map((o) => o.value)).toEqual([
      'never',
      'once',
      'a_few_times',
      'regularly',
    ]);
    expect(questions[4]).toMatchObject({ kind: 'text', feedforward: true });
  });

  test('a mini-survey without commitments cannot be built', () => {
    expect(() => miniSurveyQuestions([], competency, 'Lee')).toThrow(RangeError);
  });
});

describe('mini-survey change summaries', () => {
  const questions = miniSurveyQuestions(commitments, competency, 'Lee');
  const response = (answers: Answers, namedManager = false) => ({
    group: 'peer' as const,
    namedManager,
    answers,
  });

  test('the headline is the mean, the share at +1 or better and whether the mean is above +1', () => {
    const responses = [2, 2, 1, 0, null].map((value) =>
      response({
        'change:c1': value,
        'followed-up:c1': 'once',
        'change:c2': null,
        'followed-up:c2': 'never',
      }),
    );
    const [first, second] = releaseChangeSummaries(
      { status: 'closed', questions, invited: invitedOf(responses), responses },
      3,
    );
    expect(first).toMatchObject({
      questionId: 'change:c1',
      subject: 'c1',
      hidden: false,
      n: 4,
      mean: 1.25,
      shareImproved: 0.75,
      realProgress: true,
      followUpQuestionId: 'followed-up:c1',
    });
    expect(first?.followUp?.options.find((o) => o.value === 'once')?.count).toBe(5);
    // Nobody had enough contact to judge the second commitment: no headline, whatever the others said.
    expect(second).toEqual(expect.objectContaining({ subject: 'c2', hidden: true }));
    expect(second).not.toHaveProperty('mean');
  });

  test('a named manager is kept out of the headline, which then needs k others', () => {
    const responses = [
      response({ 'change:c1': 3, 'followed-up:c1': 'regularly' }, true),
      response({ 'change:c1': 1, 'followed-up:c1': 'once' }),
      response({ 'change:c1': 1, 'followed-up:c1': 'once' }),
    ];
    const [first] = releaseChangeSummaries(
      { status: 'closed', questions, invited: invitedOf(responses), responses },
      3,
    );
    expect(first).toMatchObject({ hidden: true, followUp: null });
  });
});
