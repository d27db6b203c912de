import { describe, expect, test } from 'vitest';
import { answeringTime } from '../../../shared/answering-time';
import { defaultFramework } from '../frameworks/default-framework';
import { listeningRoundQuestions } from './listening-questions.models';
import { miniSurveyQuestions } from './mini-survey-questions.models';
import { pulseRoundQuestions } from './pulse-questions.models';

const competency = defaultFramework.competencies[0] ?? (undefined as never);

describe('how long a round takes to answer, as the answer page says it', () => {
  test('a two-question pulse takes about two minutes, not three', () => {
    expect(answeringTime(pulseRoundQuestions(competency, 'Lee'))).toBe('About two minutes');
  });

  test('a listening round with six behaviors takes about three minutes', () => {
    const questions = listeningRoundQuestions(competency, 'Lee');
    expect(questions.filter((question) => question.kind === 'rating')).toHaveLength(6);
    expect(answeringTime(questions)).toBe('About three minutes');
  });

  test('a mini-survey grows with its commitments', () => {
    const commitment = (id: string) => ({
      id,
      situation: 'a meeting ends',
      action: 'summarize what I heard',
    });
    expect(answeringTime(miniSurveyQuestions([commitment('a')], competency, 'Lee'))).toBe(
      'About two minutes',
    );
    const three = miniSurveyQuestions([commitment('a'), commitment('b'), commitment('c')], competency, 'Lee');
    expect(answeringTime(three)).toBe('About two minutes');
  });

  test('a page with a single tap says a minute, never less', () => {
    const [rating] = listeningRoundQuestions(competency, 'Lee').filter(
      (question) => question.kind === 'rating',
    );
    expect(answeringTime(rating ? [rating] : [])).toBe('About a minute');
  });
});
