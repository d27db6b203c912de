import { chatTestSchema, chatWebhookInputSchema, chatWebhookStatusSchema } from '../../shared/chat';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed, validate } from '../forms';
import { integrationsText } from './integrations-text';

export const chatIntents = { save: 'chat-save', remove: 'chat-remove', test: 'chat-test' } as const;

export async function changeChatWebhook(
  request: Request,
  values: Record<string, string>,
): Promise<FormResult> {
  try {
    if (values.intent === chatIntents.remove) {
      await apiDelete('/api/chat-webhook', noContent, { request });
      return { ok: true, message: integrationsText('chat.removed') };
    }
    if (values.intent === chatIntents.test) {
      await apiPost('/api/chat-webhook/test', {}, chatTestSchema, { request });
      return { ok: true, message: integrationsText('chat.testSent') };
    }
    const checked = validate(chatWebhookInputSchema, { url: values.url }, ['url']);
    if ('errors' in checked) return failed(checked.errors);
    await apiPut('/api/chat-webhook', checked.data, chatWebhookStatusSchema, { request });
    return { ok: true, message: integrationsText('chat.saved') };
  } catch (error) {
    return failed(errorsFromFailure(error, ['url']));
  }
}
