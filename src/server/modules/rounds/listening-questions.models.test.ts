import { describe, expect, test } from 'vitest';
import { defaultFramework } from '../frameworks/default-framework';
import { inThirdPerson, listeningRoundQuestions } from './listening-questions.models';

describe('listening round questions', () => {
  test('behaviors written for the leader read in the third person for stakeholders', () => {
    expect(inThirdPerson('let people finish speaking before I respond')).toBe(
      'let people finish speaking before they respond',
    );
    expect(inThirdPerson('put my laptop away when someone is talking to me')).toBe(
      'put their laptop away when someone is talking to them',
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
