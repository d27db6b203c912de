import {
  pushDeviceAnswerSchema,
  pushSetupSchema,
  pushSubscriptionInputSchema,
  pushTestSchema,
} from '../../../shared/push';
import { noContent, type RouteGroupDoc } from '../../http/openapi/route-doc';

export const pushRouteDocs: RouteGroupDoc = {
  name: 'Push',
  description:
    "Web Push to the leader's own devices with the server's VAPID key: a fixed title, a fixed sentence and a link, never a behavior, note, score or anyone's name.",
  routes: [
    {
      method: 'get',
      path: '/api/push',
      summary: "The server's VAPID public key and the signed-in person's devices that get notifications.",
      access: 'session',
      responses: { 200: { description: 'Key and devices.', schema: pushSetupSchema } },
    },
    {
      method: 'post',
      path: '/api/push/devices',
      summary:
        "Add this browser's push subscription (PushSubscription.toJSON()); an endpoint already known moves to this person.",
      access: 'session',
      body: pushSubscriptionInputSchema,
      responses: { 201: { description: 'Subscribed.', schema: pushDeviceAnswerSchema } },
    },
    {
      method: 'delete',
      path: '/api/push/devices/{deviceId}',
      summary: 'Stop notifications to one of your devices.',
      access: 'session',
      responses: { 204: noContent },
    },
    {
      method: 'post',
      path: '/api/push/test',
      summary: 'Queue a test notification to each of your devices.',
      access: 'session',
      responses: { 202: { description: 'Queued, with the number of devices.', schema: pushTestSchema } },
    },
  ],
};
