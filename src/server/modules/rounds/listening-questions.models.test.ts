import { describe, expect, test } from 'vitest';
import { defaultFramework } from '../frameworks/default-framework';
import { behaviorPrompt, listeningRoundQuestions } from './listening-questions.models';

describe('listening round questions', () => {
  test("a behavior that speaks of the leader is quoted in the leader's own voice", () => {
    expect(behaviorPrompt('let people finish speaking before I respond', 'Lee')).toBe(
      'How consistently does Lee do this: “I let people finish speaking before I respond”?',
    );
    expect(behaviorPrompt('put my laptop and phone away when someone is talking to me', 'Lee')).toBe(
      'How consistently does Lee do this: “I put my laptop and phone away when someone is talking to me”?',
    );
  });

  test('no pronoun is rewritten, so "they" and "them" keep pointing at the others', () => {
    const tricky = [
      'ask someone for feedback on how I am doing as their manager',
      'tell someone about growth I have seen in them',
      'hand over a piece of work I would normally do myself',
      'admit openly when a mistake was mine',
      'share my own deadlines with them',
    ];
    for (const behavior of tricky) {
      expect(behaviorPrompt(behavior, 'Lee')).toBe(`How consistently does Lee do this: “I ${behavior}”?`);
    }
  });

  test('a behavior with no word for the leader is asked as it is', () => {
    expect(behaviorPrompt('invite the quieter people in a meeting to share their view', 'Lee')).toBe(
      'How consistently does Lee invite the quieter people in a meeting to share their view?',
    );
  });

  test('a round asks about experience, rates every behavior 1 to 5 with "don\'t know", and asks for two suggestions', () => {
    const competency = defaultFramework.competencies[0];
    if (!competency) throw new Error('no competency');
    const questions = listeningRoundQuestions(competency, 'Lee');
    const ratings = questions.filter((question) => question.kind === 'rating');
    expect(ratings).toHaveLength(competency.behaviors.length);
    expect(ratings.every((q) => q.min === 1 && q.max === 5 && q.unknownLabel === "Don't know")).toBe(true);
    expect(questions.filter((q) => q.kind === 'text' && q.feedforward)).toHaveLength(2);
    expect(questions[0]).toMatchObject({ kind: 'text', prompt: 'How do you experience working with Lee?' });
  });
});
