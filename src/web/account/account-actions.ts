import { redirect } from 'react-router';
import { deleteAccountSchema } from '../../shared/data-rights';
import {
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  recoveryCodesSchema,
  type TwoFactorEnrollment,
  twoFactorEnrollmentSchema,
  twoFactorStatusSchema,
} from '../../shared/two-factor';
import { apiGet, apiPost, noContent } from '../api';
import { setFlash } from '../flash';
import { errorsFromFailure, type FormResult, failed, readForm, validate } from '../forms';
import { accountText } from './account-text';

export async function accountLoader({ request }: { request: Request }) {
  return { twoFactor: await apiGet('/api/account/two-factor', twoFactorStatusSchema, { request }) };
}

/** What the two-step forms get back: the secret to scan, then the recovery codes, each shown once. */
export type TwoFactorResult = FormResult & { enrollment?: TwoFactorEnrollment; recoveryCodes?: string[] };

async function twoFactorAction(request: Request, values: Record<string, string>): Promise<TwoFactorResult> {
  try {
    if (values.intent === 'two-factor-start') {
      return {
        ok: true,
        enrollment: await apiPost('/api/account/two-factor/enrollment', {}, twoFactorEnrollmentSchema, {
          request,
        }),
      };
    }
    if (values.intent === 'two-factor-confirm') {
      const checked = validate(confirmTwoFactorSchema, values, ['code']);
      if ('errors' in checked) return failed(checked.errors);
      const { recoveryCodes } = await apiPost(
        '/api/account/two-factor/enrollment/confirm',
        checked.data,
        recoveryCodesSchema,
        { request },
      );
      return { ok: true, recoveryCodes };
    }
    const checked = validate(disableTwoFactorSchema, values, ['password', 'code']);
    if ('errors' in checked) return failed(checked.errors);
    await apiPost('/api/account/two-factor/disable', checked.data, noContent, { request });
    return { ok: true, message: accountText('twoFactor.off') };
  } catch (error) {
    return failed(errorsFromFailure(error, ['code', 'password']));
  }
}

const deleteInputs = ['password', 'confirm'] as const;

/** Two-step sign-in by its intent; otherwise deletes the account after the same checks the server makes. */
export async function accountAction({ request }: { request: Request }) {
  const values = await readForm(request);
  if (values.intent?.startsWith('two-factor-')) return twoFactorAction(request, values);
  const checked = validate(deleteAccountSchema, values, deleteInputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPost('/api/account/delete', checked.data, noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, deleteInputs));
  }
  setFlash(accountText('delete.done'));
  return redirect('/sign-in');
}
