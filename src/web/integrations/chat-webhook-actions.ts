// i18n: not yet translated
import { chatTestSchema, chatWebhookInputSchema, chatWebhookStatusSchema } from '../../shared/chat';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed, validate } from '../forms';

export const chatIntents = { save: 'chat-save', remove: 'chat-remove', test: 'chat-test' } as const;

export async function changeChatWebhook(
  request: Request,
  values: Record<string, string>,
): Promise<FormResult> {
  try {
    if (values.intent === chatIntents.remove) {
      await apiDelete('/api/chat-webhook', noContent, { request });
      return { ok: true, message: 'The chat webhook was removed. Nothing more is posted there.' };
    }
    if (values.intent === chatIntents.test) {
      await apiPost('/api/chat-webhook/test', {}, chatTestSchema, { request });
      return { ok: true, message: 'A test message is on its way to your channel.' };
    }
    const checked = validate(chatWebhookInputSchema, { url: values.url }, ['url']);
    if ('errors' in checked) return failed(checked.errors);
    await apiPut('/api/chat-webhook', checked.data, chatWebhookStatusSchema, { request });
    return {
      ok: true,
      message: 'Saved. Your daily questions and mini-survey reminders will be posted there.',
    };
  } catch (error) {
    return failed(errorsFromFailure(error, ['url']));
  }
}
