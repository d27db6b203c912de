import {
  apiTokenListSchema,
  type CreatedApiToken,
  createApiTokenSchema,
  createdApiTokenSchema,
} from '../../shared/api-tokens';
import { calendarFeedStatusSchema } from '../../shared/calendar-feed';
import { chatWebhookStatusSchema } from '../../shared/chat';
import {
  type CreatedWebhook,
  createdWebhookSchema,
  createWebhookSchema,
  webhookDeliveryListSchema,
  webhookEvents,
  webhookListSchema,
  webhookTestDeliverySchema,
} from '../../shared/webhooks';
import { apiDelete, apiGet, apiPost, apiPut, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed, outOfDateForm, readForm, validate } from '../forms';
import { type CalendarFeedResult, calendarFeedIntents, changeCalendarFeed } from './calendar-feed-actions';
import { changeChatWebhook, chatIntents } from './chat-webhook-actions';
import { integrationsText } from './integrations-text';

export async function integrationsLoader({ request }: { request: Request }) {
  const [tokens, { webhooks }, calendarFeed, chat] = await Promise.all([
    apiGet('/api/tokens', apiTokenListSchema, { request }),
    apiGet('/api/webhooks', webhookListSchema, { request }),
    apiGet('/api/calendar-feed', calendarFeedStatusSchema, { request }),
    apiGet('/api/chat-webhook', chatWebhookStatusSchema, { request }),
  ]);
  // At most ten webhooks each: their logs load alongside.
  const logs = await Promise.all(
    webhooks.map((webhook) =>
      apiGet(`/api/webhooks/${encodeURIComponent(webhook.id)}/deliveries`, webhookDeliveryListSchema, {
        request,
      }),
    ),
  );
  return {
    tokens,
    calendarFeed,
    chat,
    webhooks: webhooks.map((webhook, index) => ({ ...webhook, deliveries: logs[index]?.deliveries ?? [] })),
  };
}

/** A created token comes back in the answer to its form, the only time it is ever shown. */
export type TokenResult = FormResult & { created?: CreatedApiToken };

export const tokenIntents = { create: 'token-create', revoke: 'token-revoke' } as const;
const tokenInputs = ['name', 'scopes', 'expiresInDays'] as const;

/** The form's read/read-write choice and admin box, as the scopes the API takes. */
function scopesOf(values: Record<string, string>): string[] {
  const scopes =
    values.access === 'read-write' ? ['read', 'write'] : values.access === 'read' ? ['read'] : [];
  return values.workspaceAdmin === 'on' ? [...scopes, 'workspace-admin'] : scopes;
}

async function createToken(request: Request, values: Record<string, string>): Promise<TokenResult> {
  const input = { name: values.name, scopes: scopesOf(values), expiresInDays: values.expiresInDays };
  const checked = validate(createApiTokenSchema, input, tokenInputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    return {
      ok: true,
      created: await apiPost('/api/tokens', checked.data, createdApiTokenSchema, { request }),
    };
  } catch (error) {
    return failed(errorsFromFailure(error, tokenInputs));
  }
}

async function revokeToken(request: Request, values: Record<string, string>): Promise<TokenResult> {
  try {
    await apiDelete(`/api/tokens/${encodeURIComponent(values.tokenId ?? '')}`, noContent, { request });
    return { ok: true, message: integrationsText('tokens.revoked', { name: values.name ?? '' }) };
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
}

/** A created webhook's secret comes back in the answer to its form, the only time it is shown. */
export type WebhookResult = FormResult & { created?: CreatedWebhook };

export const webhookIntents = {
  create: 'webhook-create',
  enable: 'webhook-enable',
  disable: 'webhook-disable',
  delete: 'webhook-delete',
  test: 'webhook-test',
} as const;
const webhookInputs = ['url', 'events'] as const;

async function createWebhook(request: Request, values: Record<string, string>): Promise<WebhookResult> {
  const input = { url: values.url, events: webhookEvents.filter((event) => values[event] === 'on') };
  const checked = validate(createWebhookSchema, input, webhookInputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    return {
      ok: true,
      created: await apiPost('/api/webhooks', checked.data, createdWebhookSchema, { request }),
    };
  } catch (error) {
    return failed(errorsFromFailure(error, webhookInputs));
  }
}

async function changeWebhook(request: Request, values: Record<string, string>): Promise<WebhookResult> {
  const path = `/api/webhooks/${encodeURIComponent(values.webhookId ?? '')}`;
  try {
    if (values.intent === webhookIntents.test) {
      await apiPost(`${path}/test`, {}, webhookTestDeliverySchema, { request });
      return { ok: true, message: integrationsText('webhooks.testSent') };
    }
    if (values.intent === webhookIntents.delete) {
      await apiDelete(path, noContent, { request });
      return { ok: true, message: integrationsText('webhooks.deleted') };
    }
    const enabled = values.intent === webhookIntents.enable;
    await apiPut(path, { enabled }, noContent, { request });
    return { ok: true, message: integrationsText(enabled ? 'webhooks.enabled' : 'webhooks.disabled') };
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
}

export async function integrationsAction({
  request,
}: {
  request: Request;
}): Promise<TokenResult | WebhookResult | CalendarFeedResult> {
  const values = await readForm(request);
  if (Object.values(calendarFeedIntents).some((intent) => intent === values.intent))
    return changeCalendarFeed(request, values.intent ?? '');
  if (Object.values(chatIntents).some((intent) => intent === values.intent))
    return changeChatWebhook(request, values);
  if (values.intent === tokenIntents.create) return createToken(request, values);
  if (values.intent === tokenIntents.revoke) return revokeToken(request, values);
  if (values.intent === webhookIntents.create) return createWebhook(request, values);
  if (Object.values(webhookIntents).some((intent) => intent === values.intent))
    return changeWebhook(request, values);
  return failed(outOfDateForm);
}
