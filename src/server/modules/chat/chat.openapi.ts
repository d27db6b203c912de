import { chatTestSchema, chatWebhookInputSchema, chatWebhookStatusSchema } from '../../../shared/chat';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const chatRouteDocs: RouteGroupDoc = {
  name: 'Chat',
  description:
    "A Slack or Microsoft Teams incoming webhook where the leader's daily questions and mini-survey reminders are posted: a fixed sentence and a link, never an answer, a behavior or a stakeholder's name.",
  routes: [
    {
      method: 'get',
      path: '/api/chat-webhook',
      summary: "The signed-in person's chat webhook: its service and host, never the URL.",
      access: 'session',
      responses: { 200: { description: 'The webhook, or null.', schema: chatWebhookStatusSchema } },
    },
    {
      method: 'put',
      path: '/api/chat-webhook',
      summary:
        'Set (or replace) the chat webhook: hooks.slack.com, *.webhook.office.com or a Power Automate URL.',
      access: 'session',
      body: chatWebhookInputSchema,
      responses: { 200: { description: 'Saved.', schema: chatWebhookStatusSchema } },
    },
    {
      method: 'delete',
      path: '/api/chat-webhook',
      summary: 'Remove the chat webhook; nothing more is posted.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/chat-webhook/test',
      summary: 'Queue a test message to the chat webhook.',
      access: 'session',
      responses: { 202: { description: 'Queued.', schema: chatTestSchema } },
    },
  ],
};
