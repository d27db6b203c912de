import { answerPageAnswerSchema, answersSavedSchema, hintAnswerSchema } from '../../../shared/answer-page';
import { feedforwardHintSchema, submitAnswersSchema } from '../../../shared/rounds';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const answersRouteDocs: RouteGroupDoc = {
  name: 'Answers',
  description: 'What a stakeholder sees and sends through their answer link; they have no account.',
  routes: [
    {
      method: 'get',
      path: '/a/:token',
      summary: 'Open an answer link: its token becomes a short-lived cookie and the page moves to /answer.',
      access: 'public',
      responses: { 303: { description: 'To the answer page.' } },
    },
    {
      method: 'get',
      path: '/api/answer',
      summary: 'The questions behind the answer cookie, or why they cannot be answered.',
      access: 'answer-link',
      responses: { 200: { description: 'The answer page.', schema: answerPageAnswerSchema } },
    },
    {
      method: 'post',
      path: '/api/answer',
      summary: 'Send the answers, anonymously; the link is spent.',
      access: 'answer-link',
      body: submitAnswersSchema,
      responses: { 201: { description: 'Saved.', schema: answersSavedSchema } },
    },
    {
      method: 'post',
      path: '/api/answer/hint',
      summary: 'Hints on a suggestion as it is typed (identifying details, phrasing); nothing is saved.',
      access: 'answer-link',
      body: feedforwardHintSchema,
      responses: { 200: { description: 'The hints.', schema: hintAnswerSchema } },
    },
  ],
};
