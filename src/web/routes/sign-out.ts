import { redirect } from 'react-router';
import { apiPost, noContent } from '../api';
import { setFlash } from '../flash';
import { readForm } from '../forms';
import { safeReturnPath, withReturnPath } from '../return-path';
import { signInText } from './sign-in-text';

/** Only a POST signs out, so a link or an image on another page cannot do it. */
export async function signOutAction({ request }: { request: Request }) {
  const { next } = await readForm(request);
  await apiPost('/api/auth/sign-out', {}, noContent, { request, redirectWhenSignedOut: false });
  setFlash(signInText('signOut.done'));
  return redirect(withReturnPath('/sign-in', safeReturnPath(next)));
}

export const signOutLoader = () => redirect('/');
