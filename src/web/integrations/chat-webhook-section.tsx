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
import { richText } from '../i18n/rich-text';
import { chatIntents } from './chat-webhook-actions';
import { useIntegrationsText } from './integrations-text';

const serviceKeys = {
  slack: 'chat.service.slack',
  teams: 'chat.service.teams',
} as const satisfies Record<NonNullable<ChatWebhookStatus['chatWebhook']>['service'], string>;

export function ChatWebhookSection({ status }: { status: ChatWebhookStatus }) {
  const t = useIntegrationsText();
  const fetcher = useFetcher<FormResult>({ key: 'chat-webhook' });
  const [removing, setRemoving] = useState(false);
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  const hook = status.chatWebhook;
  return (
    <section className="card section" aria-labelledby="chat-heading">
      <h2 id="chat-heading">{t('chat.heading')}</h2>
      <p>{t('chat.text')}</p>
      <FormAlert message={errors.formError} />
      <StatusMessage message={fetcher.data?.ok ? fetcher.data.message : undefined} />
      {hook ? (
        <>
          <p>
            {richText(t('chat.posting', { service: t(serviceKeys[hook.service]), host: hook.host }), {
              code: (chunk) => <code>{chunk}</code>,
            })}
          </p>
          <div className="form-actions">
            <Button
              variant="secondary"
              busy={fetcher.state !== 'idle'}
              onClick={() => fetcher.submit({ intent: chatIntents.test }, { method: 'post' })}
            >
              {t('chat.test')}
            </Button>
            <Button variant="quiet" onClick={() => setRemoving(true)}>
              {t('chat.remove')}
            </Button>
          </div>
        </>
      ) : null}
      <fetcher.Form method="post" noValidate ref={form} className="form" aria-label={t('chat.formLabel')}>
        <input type="hidden" name="intent" value={chatIntents.save} />
        <TextField
          label={t(hook ? 'chat.replaceUrl' : 'chat.url')}
          name="url"
          type="url"
          required
          hint={t('chat.urlHint')}
          error={errors.fieldErrors.url}
        />
        <div className="form-actions">
          <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('chat.saving')}>
            {t('chat.save')}
          </Button>
        </div>
      </fetcher.Form>
      <ConfirmDialog
        open={removing}
        title={t('chat.removeTitle')}
        confirmLabel={t('chat.removeConfirm')}
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          fetcher.submit({ intent: chatIntents.remove }, { method: 'post' });
          setRemoving(false);
        }}
      >
        <p>{t('chat.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
