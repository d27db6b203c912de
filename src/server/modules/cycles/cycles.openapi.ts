import {
  createCycleSchema,
  cycleAnswerSchema,
  cycleListSchema,
  updateCycleSchema,
} from '../../../shared/cycles';
import { reviewCycleSchema } from '../../../shared/progress';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

export const cyclesRouteDocs: RouteGroupDoc = {
  name: 'Cycles',
  description:
    "A leader's growth cycle: a goal, worked through reframe, listen, commit, tell, practice and review.",
  routes: [
    {
      method: 'get',
      path: '/api/workspaces/:workspaceId/cycles',
      summary: "The signed-in leader's cycles in a workspace.",
      access: 'session',
      responses: { 200: { description: 'The cycles.', schema: cycleListSchema } },
    },
    {
      method: 'post',
      path: '/api/workspaces/:workspaceId/cycles',
      summary: 'Start a cycle.',
      access: 'session',
      body: createCycleSchema,
      responses: { 201: { description: 'Started.', schema: cycleAnswerSchema } },
    },
    {
      method: 'get',
      path: '/api/cycles/:cycleId',
      summary: 'One cycle with its rounds, for its leader (and their coach).',
      access: 'session',
      responses: { 200: { description: 'The cycle.', schema: cycleAnswerSchema } },
    },
    {
      method: 'put',
      path: '/api/cycles/:cycleId',
      summary: "Change a cycle's goal or move it on a stage.",
      access: 'session',
      body: updateCycleSchema,
      responses: { 200: { description: 'Changed.', schema: cycleAnswerSchema } },
    },
    {
      method: 'post',
      path: '/api/cycles/:cycleId/review',
      summary: 'Record the review that closes a cycle.',
      access: 'session',
      body: reviewCycleSchema,
      responses: { 200: { description: 'Reviewed.', schema: cycleAnswerSchema } },
    },
  ],
};
