// i18n: not yet translated
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
import { type TokenResult, tokenIntents } from './integrations-actions';

const scopeWords = { read: 'read', write: 'write', 'workspace-admin': 'workspace admin' } as const;

function NewToken({ created }: { created: NonNullable<TokenResult['created']> }) {
  return (
    <div className="alert alert-success" role="status">
      <p>
        <strong>Copy your new token “{created.apiToken.name}” now.</strong> It is shown only this once;
        Feedforward keeps only a fingerprint of it.
      </p>
      <p>
        <code className="secret-key" data-testid="new-api-token">
          {created.token}
        </code>
      </p>
      <CopyButton text={created.token} label="Copy the token" fallback="Select the token and copy it." />
    </div>
  );
}

function CreateTokenForm({ mayUseWorkspaceAdmin }: { mayUseWorkspaceAdmin: boolean }) {
  const fetcher = useFetcher<TokenResult>({ key: tokenIntents.create });
  const errors = errorsOf(fetcher.data);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  return (
    <fetcher.Form method="post" noValidate ref={form} className="form" aria-label="Create an API token">
      <FormAlert message={errors.formError} />
      <input type="hidden" name="intent" value={tokenIntents.create} />
      <TextField
        label="Name"
        name="name"
        required
        maxLength={80}
        hint="What uses it, e.g. “Monthly export script”."
        error={errors.fieldErrors.name}
      />
      <fieldset
        className="choice-fieldset"
        aria-describedby={errors.fieldErrors.scopes ? 'scopes-error' : undefined}
      >
        <legend className="choice-legend">What it may do</legend>
        <label className="checkbox-row">
          <input type="radio" name="access" value="read" defaultChecked />
          <span>Read only: look at your data, change nothing</span>
        </label>
        <label className="checkbox-row">
          <input type="radio" name="access" value="read-write" />
          <span>Read and write: also create, change and delete, as you can</span>
        </label>
        {mayUseWorkspaceAdmin ? (
          <label className="checkbox-row">
            <input type="checkbox" name="workspaceAdmin" />
            <span>Workspace admin: also what you may do as an admin of a workspace</span>
          </label>
        ) : null}
        {errors.fieldErrors.scopes ? (
          <p className="field-error" id="scopes-error">
            {errors.fieldErrors.scopes}
          </p>
        ) : null}
      </fieldset>
      <SelectField
        label="Expires after"
        name="expiresInDays"
        defaultValue="90"
        error={errors.fieldErrors.expiresInDays}
      >
        {apiTokenExpiryDays.map((days) => (
          <option key={days} value={days}>
            {days} days
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Creating…">
          Create token
        </Button>
      </div>
      {fetcher.data?.created ? <NewToken created={fetcher.data.created} /> : null}
    </fetcher.Form>
  );
}

function TokenRow({ token, now, onRevoke }: { token: ApiToken; now: number; onRevoke: () => void }) {
  const expired = Date.parse(token.expiresAt) <= now;
  return (
    <li className="member">
      <div className="member-identity">
        <span className="member-name">
          {token.name} <code>…{token.hint}</code>
        </span>
        <span className="member-email">
          {token.scopes.map((scope) => scopeWords[scope]).join(', ')} ·{' '}
          {expired ? 'expired' : `expires ${formatDate(token.expiresAt)}`} ·{' '}
          {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : 'never used'}
        </span>
      </div>
      <div className="row-actions">
        <Button variant="quiet" aria-label={`Revoke ${token.name}`} onClick={onRevoke}>
          Revoke
        </Button>
      </div>
    </li>
  );
}

export function ApiTokensSection({ list }: { list: ApiTokenList }) {
  const revoker = useFetcher<TokenResult>({ key: tokenIntents.revoke });
  const [revoking, setRevoking] = useState<ApiToken>();
  // Read once per render of the list: whether a token has expired is shown, not ticked live.
  const [now] = useState(() => Date.now());
  const revokeErrors = errorsOf(revoker.data);
  return (
    <section className="card section" aria-labelledby="api-tokens-heading">
      <h2 id="api-tokens-heading">Personal API tokens</h2>
      <p>
        A token lets a script use Feedforward’s API as you, within the scopes you give it: send it as{' '}
        <code>Authorization: Bearer ffp_…</code>. It can never create tokens, change your password, two-step
        sign-in or email, or read the outbox.
      </p>
      <FormAlert message={revokeErrors.formError} />
      <StatusMessage message={revoker.data?.ok ? revoker.data.message : undefined} />
      {list.tokens.length === 0 ? (
        <p className="muted">You have no tokens.</p>
      ) : (
        <ul className="member-list" aria-label="Your API tokens">
          {list.tokens.map((token) => (
            <TokenRow key={token.id} token={token} now={now} onRevoke={() => setRevoking(token)} />
          ))}
        </ul>
      )}
      <h3>Create a token</h3>
      <CreateTokenForm mayUseWorkspaceAdmin={list.mayUseWorkspaceAdmin} />
      <ConfirmDialog
        open={revoking !== undefined}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke token"
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
        <p>Scripts using this token stop working at once. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
