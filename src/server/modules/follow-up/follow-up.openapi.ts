import { followUpAnswerSchema, followUpSettingsSchema } from '../../../shared/follow-up';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const followUpRouteDocs: RouteGroupDoc = {
  name: 'Follow-up',
  description: 'Pulses and mini-surveys that ask stakeholders, over time, whether the leader is changing.',
  routes: [
    {
      method: 'get',
      path: '/api/cycles/:cycleId/follow-up',
      summary: "A cycle's follow-up settings and results.",
      access: 'session',
      responses: { 200: { description: 'The follow-up.', schema: followUpAnswerSchema } },
    },
    {
      method: 'put',
      path: '/api/cycles/:cycleId/follow-up',
      summary: 'Set how often stakeholders are asked.',
      access: 'session',
      body: followUpSettingsSchema,
      responses: {
        200: { description: 'Set; the follow-up as it now stands.', schema: followUpAnswerSchema },
      },
    },
  ],
};
