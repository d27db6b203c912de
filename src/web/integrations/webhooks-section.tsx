// i18n: not yet translated
import { useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import { type Webhook, type WebhookDelivery, type WebhookEvent, webhookEvents } from '../../shared/webhooks';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyButton } from '../components/copy-button';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { type WebhookResult, webhookIntents } from './integrations-actions';

const eventWords: Record<WebhookEvent, string> = {
  'round.closed': 'A round closes (its counts)',
  'round.results_released': 'A round’s results are released',
  'mini_survey.change_released': 'A mini-survey’s change figure is released',
};

export type WebhookWithLog = Webhook & { deliveries: WebhookDelivery[] };

function CreateWebhookForm() {
  const fetcher = useFetcher<WebhookResult>({ key: webhookIntents.create });
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  const created = fetcher.data?.created;
  return (
    <fetcher.Form method="post" noValidate ref={form} className="form" aria-label="Add a webhook">
      <FormAlert message={errors.formError} />
      <input type="hidden" name="intent" value={webhookIntents.create} />
      <TextField
        label="URL"
        name="url"
        type="url"
        required
        placeholder="https://example.com/feedforward-hook"
        hint="Must start with https://. Addresses on private networks are refused."
        error={errors.fieldErrors.url}
      />
      <fieldset className="choice-fieldset">
        <legend className="choice-legend">Send when</legend>
        {webhookEvents.map((event) => (
          <label className="checkbox-row" key={event}>
            <input type="checkbox" name={event} defaultChecked />
            <span>{eventWords[event]}</span>
          </label>
        ))}
        {errors.fieldErrors.events ? <p className="field-error">{errors.fieldErrors.events}</p> : null}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Adding…">
          Add webhook
        </Button>
      </div>
      {created ? (
        <div className="alert alert-success" role="status">
          <p>
            <strong>Copy the signing secret now.</strong> It is shown only this once. Use it to check the
            <code> Feedforward-Signature</code> header of each delivery (see the README).
          </p>
          <p>
            <code className="secret-key" data-testid="new-webhook-secret">
              {created.secret}
            </code>
          </p>
          <CopyButton
            text={created.secret}
            label="Copy the secret"
            fallback="Select the secret and copy it."
          />
        </div>
      ) : null}
    </fetcher.Form>
  );
}

function DeliveryLog({ deliveries }: { deliveries: WebhookDelivery[] }) {
  if (deliveries.length === 0) return <p className="muted">Nothing sent yet.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Delivery log</caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Response</th>
          <th scope="col">Time</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>{delivery.event}</td>
            <td>{delivery.status}</td>
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
  const fetcher = useFetcher<WebhookResult>();
  const send = (intent: string) => fetcher.submit({ intent, webhookId: webhook.id }, { method: 'post' });
  const errors = errorsOf(fetcher.data);
  return (
    <li className="card section">
      <h3>
        <code>{webhook.url}</code> {webhook.enabled ? null : '(disabled)'}
      </h3>
      <p className="muted">{webhook.events.map((event) => eventWords[event]).join(' · ')}</p>
      <FormAlert message={errors.formError} />
      <StatusMessage message={fetcher.data?.ok ? fetcher.data.message : undefined} />
      <div className="row-actions">
        <Button
          variant="secondary"
          disabled={!webhook.enabled}
          busy={fetcher.state !== 'idle' && fetcher.formData?.get('intent') === webhookIntents.test}
          busyLabel="Sending…"
          onClick={() => send(webhookIntents.test)}
        >
          Send a test
        </Button>
        <Button
          variant="quiet"
          onClick={() => send(webhook.enabled ? webhookIntents.disable : webhookIntents.enable)}
        >
          {webhook.enabled ? 'Disable' : 'Enable'}
        </Button>
        <Button variant="quiet" aria-label={`Delete the webhook to ${webhook.url}`} onClick={onDelete}>
          Delete
        </Button>
      </div>
      <h4>Delivery log</h4>
      <DeliveryLog deliveries={webhook.deliveries} />
    </li>
  );
}

export function WebhooksSection({ webhooks }: { webhooks: WebhookWithLog[] }) {
  const remover = useFetcher<WebhookResult>({ key: webhookIntents.delete });
  const [deleting, setDeleting] = useState<Webhook>();
  return (
    <section className="card section" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p>
        Feedforward POSTs a signed JSON message to your URL when one of your rounds closes, its results are
        released, or a mini-survey’s change figure is known. It carries ids, dates, counts and figures you can
        already see, never an answer, a stakeholder’s name or an address. Failed deliveries are tried again
        after 30 seconds, 1, 2 and 4 minutes.
      </p>
      <FormAlert message={errorsOf(remover.data).formError} />
      <StatusMessage message={remover.data?.ok ? remover.data.message : undefined} />
      {webhooks.length === 0 ? (
        <p className="muted">You have no webhooks.</p>
      ) : (
        <ul className="webhook-list" aria-label="Your webhooks">
          {webhooks.map((webhook) => (
            <WebhookItem key={webhook.id} webhook={webhook} onDelete={() => setDeleting(webhook)} />
          ))}
        </ul>
      )}
      <h3>Add a webhook</h3>
      <CreateWebhookForm />
      <ConfirmDialog
        open={deleting !== undefined}
        title="Delete this webhook?"
        confirmLabel="Delete webhook"
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          if (deleting)
            remover.submit({ intent: webhookIntents.delete, webhookId: deleting.id }, { method: 'post' });
          setDeleting(undefined);
        }}
      >
        <p>Nothing more is sent to {deleting?.url}, and its delivery log is deleted with it.</p>
      </ConfirmDialog>
    </section>
  );
}
