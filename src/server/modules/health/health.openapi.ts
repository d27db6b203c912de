import { z } from 'zod';
import type { RouteGroupDoc } from '../../http/openapi/route-doc';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unreachable']),
});

export const healthRouteDocs: RouteGroupDoc = {
  name: 'Operations',
  description: 'For load balancers, orchestrators and people who run Feedforward.',
  routes: [
    {
      method: 'get',
      path: '/healthz',
      summary: 'Whether this process can reach its database; answers any host name.',
      access: 'public',
      responses: {
        200: { description: 'Healthy.', schema: healthSchema },
        503: { description: 'The database cannot be reached.', schema: healthSchema },
      },
    },
  ],
};
