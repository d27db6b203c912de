// i18n: not yet translated
import { useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { ChatWebhookStatus } from '../../shared/chat';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useFocusFirstError } from '../components/focus-first-error';
import { TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { errorsOf, type FormResult } from '../forms';
import { chatIntents } from './chat-webhook-actions';

const serviceNames = { slack: 'Slack', teams: 'Microsoft Teams' } as const;

export function ChatWebhookSection({ status }: { status: ChatWebhookStatus }) {
  const fetcher = useFetcher<FormResult>({ key: 'chat-webhook' });
  const [removing, setRemoving] = useState(false);
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  const hook = status.chatWebhook;
  return (
    <section className="card section" aria-labelledby="chat-heading">
      <h2 id="chat-heading">Slack or Teams</h2>
      <p>
        Paste an incoming webhook URL from Slack or Microsoft Teams (a Teams channel connector or a Power
        Automate “when a webhook request is received” workflow). Feedforward then posts your daily-questions
        reminder and mini-survey reminders there: a sentence and a link back here, never a behavior, a note,
        an answer or a stakeholder’s name.
      </p>
      <FormAlert message={errors.formError} />
      <StatusMessage message={fetcher.data?.ok ? fetcher.data.message : undefined} />
      {hook ? (
        <>
          <p>
            Posting to {serviceNames[hook.service]} at <code>{hook.host}</code>.
          </p>
          <div className="form-actions">
            <Button
              variant="secondary"
              busy={fetcher.state !== 'idle'}
              onClick={() => fetcher.submit({ intent: chatIntents.test }, { method: 'post' })}
            >
              Send a test message
            </Button>
            <Button variant="quiet" onClick={() => setRemoving(true)}>
              Remove the chat webhook
            </Button>
          </div>
        </>
      ) : null}
      <fetcher.Form method="post" noValidate ref={form} className="form" aria-label="Chat webhook">
        <input type="hidden" name="intent" value={chatIntents.save} />
        <TextField
          label={hook ? 'Replace with another webhook URL' : 'Webhook URL'}
          name="url"
          type="url"
          required
          hint="e.g. https://hooks.slack.com/services/… — it is kept secret and never shown again."
          error={errors.fieldErrors.url}
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
            Save webhook
          </Button>
        </div>
      </fetcher.Form>
      <ConfirmDialog
        open={removing}
        title="Remove the chat webhook?"
        confirmLabel="Remove webhook"
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          fetcher.submit({ intent: chatIntents.remove }, { method: 'post' });
          setRemoving(false);
        }}
      >
        <p>Nothing more is posted to that channel. You can paste a URL again at any time.</p>
      </ConfirmDialog>
    </section>
  );
}
