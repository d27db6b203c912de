import { redirect } from 'react-router';
import { deleteAccountSchema } from '../../shared/data-rights';
import { apiPost } from '../api';
import { setFlash } from '../flash';
import { errorsFromFailure, failed, readForm, validate } from '../forms';

const inputs = ['password', 'confirm'] as const;

/** Deletes the account after the same checks the server makes, then leaves for the sign-in page. */
export async function accountAction({ request }: { request: Request }) {
  const values = await readForm(request);
  const checked = validate(deleteAccountSchema, values, inputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPost('/api/account/delete', checked.data, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, inputs));
  }
  setFlash('Your account and everything in it were deleted.');
  return redirect('/sign-in');
}
