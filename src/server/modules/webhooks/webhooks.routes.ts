import type { Hono } from 'hono';
import { createWebhookSchema, updateWebhookSchema } from '../../../shared/webhooks';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  sendTestDelivery,
  setWebhookEnabled,
} from './webhooks.usecases';

export function registerWebhooksRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/webhooks', async (c) => c.json(await listWebhooks(deps, await deps.currentUser(c))));

  app.post('/api/webhooks', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await createWebhook(deps, user, await readJson(c, createWebhookSchema)), 201);
  });

  app.put('/api/webhooks/:webhookId', async (c) => {
    const user = await deps.currentUser(c);
    const { enabled } = await readJson(c, updateWebhookSchema);
    await setWebhookEnabled(deps, user, c.req.param('webhookId'), enabled);
    return c.body(null, 204);
  });

  app.delete('/api/webhooks/:webhookId', async (c) => {
    await deleteWebhook(deps, await deps.currentUser(c), c.req.param('webhookId'));
    return c.body(null, 204);
  });

  app.get('/api/webhooks/:webhookId/deliveries', async (c) =>
    c.json(await listWebhookDeliveries(deps, await deps.currentUser(c), c.req.param('webhookId'))),
  );

  app.post('/api/webhooks/:webhookId/test', async (c) =>
    c.json(await sendTestDelivery(deps, await deps.currentUser(c), c.req.param('webhookId')), 202),
  );
}
