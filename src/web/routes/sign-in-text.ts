import de from '../../shared/i18n/catalogs/app/sign-in/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/sign-in/en.json';
import en from '../../shared/i18n/catalogs/app/sign-in/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of the pages around an account: signing up, in and out, passwords, confirming an address. */
export const { useText: useSignInText, text: signInText } = screenText<keyof typeof catalog>({ en, de });
