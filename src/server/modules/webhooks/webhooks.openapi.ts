import {
  createdWebhookSchema,
  createWebhookSchema,
  updateWebhookSchema,
  webhookDeliveryListSchema,
  webhookListSchema,
  webhookTestDeliverySchema,
} from '../../../shared/webhooks';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const webhooksRouteDocs: RouteGroupDoc = {
  name: 'Webhooks',
  description:
    "Signed HTTPS notices of the owner's own rounds: closed, results released, a mini-survey's change figure. See the README for the payloads and how to verify Feedforward-Signature.",
  routes: [
    {
      method: 'get',
      path: '/api/webhooks',
      summary: "The signed-in person's webhooks (never their secrets).",
      access: 'session',
      responses: { 200: { description: 'The webhooks.', schema: webhookListSchema } },
    },
    {
      method: 'post',
      path: '/api/webhooks',
      summary: 'Add a webhook; the answer holds its signing secret, once.',
      access: 'session',
      body: createWebhookSchema,
      responses: { 201: { description: 'Added.', schema: createdWebhookSchema } },
    },
    {
      method: 'put',
      path: '/api/webhooks/:webhookId',
      summary: 'Enable or disable a webhook.',
      access: 'session',
      body: updateWebhookSchema,
      responses: { 204: noContent },
    },
    {
      method: 'delete',
      path: '/api/webhooks/:webhookId',
      summary: 'Delete a webhook and its delivery log.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'get',
      path: '/api/webhooks/:webhookId/deliveries',
      summary: 'The newest 50 deliveries: status, attempts, response code or error, time.',
      access: 'session',
      responses: { 200: { description: 'The delivery log.', schema: webhookDeliveryListSchema } },
    },
    {
      method: 'post',
      path: '/api/webhooks/:webhookId/test',
      summary: 'Queue a `ping` delivery to the webhook.',
      access: 'session',
      responses: {
        202: { description: 'Queued.', schema: webhookTestDeliverySchema },
      },
    },
  ],
};
