import { useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import { type ApiToken, type ApiTokenList, apiTokenExpiryDays } from '../../shared/api-tokens';
import { FormAlert } from '../components/alert';
import { Button } from '../components/button';
import { ConfirmDialog } from '../components/confirm-dialog';
import { CopyButton } from '../components/copy-button';
import { useFocusFirstError } from '../components/focus-first-error';
import { SelectField, TextField } from '../components/form-field';
import { StatusMessage } from '../components/status-message';
import { formatDate, formatDateTime } from '../format';
import { errorsOf } from '../forms';
import { richText } from '../i18n/rich-text';
import { type TokenResult, tokenIntents } from './integrations-actions';
import { useIntegrationsText } from './integrations-text';

const scopeKeys = {
  read: 'tokens.scope.read',
  write: 'tokens.scope.write',
  'workspace-admin': 'tokens.scope.workspaceAdmin',
} as const satisfies Record<ApiToken['scopes'][number], string>;

function NewToken({ created }: { created: NonNullable<TokenResult['created']> }) {
  const t = useIntegrationsText();
  return (
    <div className="alert alert-success" role="status">
      <p>
        {richText(t('tokens.new', { name: created.apiToken.name }), {
          strong: (chunk) => <strong>{chunk}</strong>,
        })}
      </p>
      <p>
        <code className="secret-key" data-testid="new-api-token">
          {created.token}
        </code>
      </p>
      <CopyButton text={created.token} label={t('tokens.copy')} fallback={t('tokens.copyFallback')} />
    </div>
  );
}

function CreateTokenForm({ mayUseWorkspaceAdmin }: { mayUseWorkspaceAdmin: boolean }) {
  const t = useIntegrationsText();
  const fetcher = useFetcher<TokenResult>({ key: tokenIntents.create });
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  return (
    <fetcher.Form method="post" noValidate ref={form} className="form" aria-label={t('tokens.formLabel')}>
      <FormAlert message={errors.formError} />
      <input type="hidden" name="intent" value={tokenIntents.create} />
      <TextField
        label={t('tokens.name')}
        name="name"
        required
        maxLength={80}
        hint={t('tokens.nameHint')}
        error={errors.fieldErrors.name}
      />
      <fieldset
        className="choice-fieldset"
        aria-describedby={errors.fieldErrors.scopes ? 'scopes-error' : undefined}
      >
        <legend className="choice-legend">{t('tokens.scopesLegend')}</legend>
        <label className="checkbox-row">
          <input type="radio" name="access" value="read" defaultChecked />
          <span>{t('tokens.read')}</span>
        </label>
        <label className="checkbox-row">
          <input type="radio" name="access" value="read-write" />
          <span>{t('tokens.readWrite')}</span>
        </label>
        {mayUseWorkspaceAdmin ? (
          <label className="checkbox-row">
            <input type="checkbox" name="workspaceAdmin" />
            <span>{t('tokens.workspaceAdmin')}</span>
          </label>
        ) : null}
        {errors.fieldErrors.scopes ? (
          <p className="field-error" id="scopes-error">
            {errors.fieldErrors.scopes}
          </p>
        ) : null}
      </fieldset>
      <SelectField
        label={t('tokens.expiresAfter')}
        name="expiresInDays"
        defaultValue="90"
        error={errors.fieldErrors.expiresInDays}
      >
        {apiTokenExpiryDays.map((days) => (
          <option key={days} value={days}>
            {t('tokens.days', { count: days })}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('tokens.creating')}>
          {t('tokens.create')}
        </Button>
      </div>
      {fetcher.data?.created ? <NewToken created={fetcher.data.created} /> : null}
    </fetcher.Form>
  );
}

function TokenRow({ token, now, onRevoke }: { token: ApiToken; now: number; onRevoke: () => void }) {
  const t = useIntegrationsText();
  const expired = Date.parse(token.expiresAt) <= now;
  return (
    <li className="member">
      <div className="member-identity">
        <span className="member-name">
          {token.name} <code>…{token.hint}</code>
        </span>
        <span className="member-email">
          {token.scopes.map((scope) => t(scopeKeys[scope])).join(', ')} ·{' '}
          {expired ? t('tokens.expired') : t('tokens.expires', { date: formatDate(token.expiresAt) })} ·{' '}
          {token.lastUsedAt
            ? t('tokens.lastUsed', { date: formatDateTime(token.lastUsedAt) })
            : t('tokens.neverUsed')}
        </span>
      </div>
      <div className="row-actions">
        <Button variant="quiet" aria-label={t('tokens.revokeLabel', { name: token.name })} onClick={onRevoke}>
          {t('tokens.revoke')}
        </Button>
      </div>
    </li>
  );
}

export function ApiTokensSection({ list }: { list: ApiTokenList }) {
  const t = useIntegrationsText();
  const revoker = useFetcher<TokenResult>({ key: tokenIntents.revoke });
  const [revoking, setRevoking] = useState<ApiToken>();
  // Read once per render of the list: whether a token has expired is shown, not ticked live.
  const [now] = useState(() => Date.now());
  const revokeErrors = errorsOf(revoker.data);
  return (
    <section className="card section" aria-labelledby="api-tokens-heading">
      <h2 id="api-tokens-heading">{t('tokens.heading')}</h2>
      <p>{richText(t('tokens.text'), { code: (chunk) => <code>{chunk}</code> })}</p>
      <FormAlert message={revokeErrors.formError} />
      <StatusMessage message={revoker.data?.ok ? revoker.data.message : undefined} />
      {list.tokens.length === 0 ? (
        <p className="muted">{t('tokens.none')}</p>
      ) : (
        <ul className="member-list" aria-label={t('tokens.listLabel')}>
          {list.tokens.map((token) => (
            <TokenRow key={token.id} token={token} now={now} onRevoke={() => setRevoking(token)} />
          ))}
        </ul>
      )}
      <h3>{t('tokens.createHeading')}</h3>
      <CreateTokenForm mayUseWorkspaceAdmin={list.mayUseWorkspaceAdmin} />
      <ConfirmDialog
        open={revoking !== undefined}
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revokeConfirm')}
        onCancel={() => setRevoking(undefined)}
        onConfirm={() => {
          if (revoking)
            revoker.submit(
              { intent: tokenIntents.revoke, tokenId: revoking.id, name: revoking.name },
              { method: 'post' },
            );
          setRevoking(undefined);
        }}
      >
        <p>{t('tokens.revokeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
