import type { Hono } from 'hono';
import { chatWebhookInputSchema } from '../../../shared/chat';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { readJson } from '../../http/validation';
import { deleteChatWebhook, getChatWebhook, saveChatWebhook, sendChatTest } from './chat.usecases';

export function registerChatRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/chat-webhook', async (c) => c.json(await getChatWebhook(deps, await deps.currentUser(c))));

  app.put('/api/chat-webhook', async (c) => {
    const user = await deps.currentUser(c);
    return c.json(await saveChatWebhook(deps, user, await readJson(c, chatWebhookInputSchema)));
  });

  app.delete('/api/chat-webhook', async (c) => {
    await deleteChatWebhook(deps, await deps.currentUser(c));
    return c.body(null, 204);
  });

  app.post('/api/chat-webhook/test', async (c) =>
    c.json(await sendChatTest(deps, await deps.currentUser(c)), 202),
  );
}
