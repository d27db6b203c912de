import de from '../../shared/i18n/catalogs/app/account/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/account/en.json';
import en from '../../shared/i18n/catalogs/app/account/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of the account page: two-step sign-in, the person's data, deleting the account. */
export const { useText: useAccountText, text: accountText } = screenText<keyof typeof catalog>({ en, de });
