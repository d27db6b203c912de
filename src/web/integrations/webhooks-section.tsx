import { useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import {
  type Webhook,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEvent,
  webhookEvents,
} from '../../shared/webhooks';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyButton } from '../components/copy-button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { richText } from '../i18n/rich-text';
import { type WebhookResult, webhookIntents } from './integrations-actions';
import { useIntegrationsText } from './integrations-text';

const eventKeys = {
  'round.closed': 'webhooks.event.roundClosed',
  'round.results_released': 'webhooks.event.resultsReleased',
  'mini_survey.change_released': 'webhooks.event.changeReleased',
} as const satisfies Record<WebhookEvent, string>;

const statusKeys = {
  pending: 'webhooks.status.pending',
  retrying: 'webhooks.status.retrying',
  delivered: 'webhooks.status.delivered',
  failed: 'webhooks.status.failed',
  skipped: 'webhooks.status.skipped',
} as const satisfies Record<WebhookDeliveryStatus, string>;

export type WebhookWithLog = Webhook & { deliveries: WebhookDelivery[] };

function CreateWebhookForm() {
  const t = useIntegrationsText();
  const fetcher = useFetcher<WebhookResult>({ key: webhookIntents.create });
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  const created = fetcher.data?.created;
  return (
    <fetcher.Form method="post" noValidate ref={form} className="form" aria-label={t('webhooks.formLabel')}>
      <FormAlert message={errors.formError} />
      <input type="hidden" name="intent" value={webhookIntents.create} />
      <TextField
        label={t('webhooks.url')}
        name="url"
        type="url"
        required
        placeholder={'https://example.com/feedforward-hook'}
        hint={t('webhooks.urlHint')}
        error={errors.fieldErrors.url}
      />
      <fieldset className="choice-fieldset">
        <legend className="choice-legend">{t('webhooks.sendWhen')}</legend>
        {webhookEvents.map((event) => (
          <label className="checkbox-row" key={event}>
            <input type="checkbox" name={event} defaultChecked />
            <span>{t(eventKeys[event])}</span>
          </label>
        ))}
        {errors.fieldErrors.events ? <p className="field-error">{errors.fieldErrors.events}</p> : null}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('webhooks.adding')}>
          {t('webhooks.add')}
        </Button>
      </div>
      {created ? (
        <div className="alert alert-success" role="status">
          <p>
            {richText(t('webhooks.newSecret'), {
              strong: (chunk) => <strong>{chunk}</strong>,
              code: (chunk) => <code>{chunk}</code>,
            })}
          </p>
          <p>
            <code className="secret-key" data-testid="new-webhook-secret">
              {created.secret}
            </code>
          </p>
          <CopyButton
            text={created.secret}
            label={t('webhooks.copySecret')}
            fallback={t('webhooks.copySecretFallback')}
          />
        </div>
      ) : null}
    </fetcher.Form>
  );
}

function DeliveryLog({ deliveries }: { deliveries: WebhookDelivery[] }) {
  const t = useIntegrationsText();
  if (deliveries.length === 0) return <p className="muted">{t('webhooks.log.none')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('webhooks.log.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('webhooks.log.event')}</th>
          <th scope="col">{t('webhooks.log.status')}</th>
          <th scope="col">{t('webhooks.log.attempts')}</th>
          <th scope="col">{t('webhooks.log.response')}</th>
          <th scope="col">{t('webhooks.log.time')}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>{delivery.event}</td>
            <td>{t(statusKeys[delivery.status])}</td>
            <td>{delivery.attempts}</td>
            <td>{delivery.responseCode ?? delivery.error ?? '—'}</td>
            <td>{formatDateTime(delivery.lastAttemptAt ?? delivery.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WebhookItem({ webhook, onDelete }: { webhook: WebhookWithLog; onDelete: () => void }) {
  const t = useIntegrationsText();
  const fetcher = useFetcher<WebhookResult>();
  const send = (intent: string) => fetcher.submit({ intent, webhookId: webhook.id }, { method: 'post' });
  const errors = errorsOf(fetcher.data);
  return (
    <li className="card section">
      <h3>
        <code>{webhook.url}</code> {webhook.enabled ? null : t('webhooks.disabledMark')}
      </h3>
      <p className="muted">{webhook.events.map((event) => t(eventKeys[event])).join(' · ')}</p>
      <FormAlert message={errors.formError} />
      <StatusMessage message={fetcher.data?.ok ? fetcher.data.message : undefined} />
      <div className="row-actions">
        <Button
          variant="secondary"
          disabled={!webhook.enabled}
          busy={fetcher.state !== 'idle' && fetcher.formData?.get('intent') === webhookIntents.test}
          busyLabel={t('webhooks.sending')}
          onClick={() => send(webhookIntents.test)}
        >
          {t('webhooks.test')}
        </Button>
        <Button
          variant="quiet"
          onClick={() => send(webhook.enabled ? webhookIntents.disable : webhookIntents.enable)}
        >
          {t(webhook.enabled ? 'webhooks.disable' : 'webhooks.enable')}
        </Button>
        <Button
          variant="quiet"
          aria-label={t('webhooks.deleteLabel', { url: webhook.url })}
          onClick={onDelete}
        >
          {t('webhooks.delete')}
        </Button>
      </div>
      <h4>{t('webhooks.log.heading')}</h4>
      <DeliveryLog deliveries={webhook.deliveries} />
    </li>
  );
}

export function WebhooksSection({ webhooks }: { webhooks: WebhookWithLog[] }) {
  const t = useIntegrationsText();
  const remover = useFetcher<WebhookResult>({ key: webhookIntents.delete });
  const [deleting, setDeleting] = useState<Webhook>();
  return (
    <section className="card section" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t('webhooks.heading')}</h2>
      <p>{t('webhooks.text')}</p>
      <FormAlert message={errorsOf(remover.data).formError} />
      <StatusMessage message={remover.data?.ok ? remover.data.message : undefined} />
      {webhooks.length === 0 ? (
        <p className="muted">{t('webhooks.none')}</p>
      ) : (
        <ul className="webhook-list" aria-label={t('webhooks.listLabel')}>
          {webhooks.map((webhook) => (
            <WebhookItem key={webhook.id} webhook={webhook} onDelete={() => setDeleting(webhook)} />
          ))}
        </ul>
      )}
      <h3>{t('webhooks.addHeading')}</h3>
      <CreateWebhookForm />
      <ConfirmDialog
        open={deleting !== undefined}
        title={t('webhooks.deleteTitle')}
        confirmLabel={t('webhooks.deleteConfirm')}
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          if (deleting)
            remover.submit({ intent: webhookIntents.delete, webhookId: deleting.id }, { method: 'post' });
          setDeleting(undefined);
        }}
      >
        <p>{t('webhooks.deleteBody', { url: deleting?.url ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
