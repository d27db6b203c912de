import type { CurrentUser } from '../../shared/accounts';
import type { UiLocale } from '../../shared/i18n/locales';
import { apiPut, noContent } from '../api';
import { setUiLanguage } from './ui-language';

// The account whose language this page load already showed: it is followed once, so a later choice
// on this device (even one the server could not save) is not undone by the next page's session check.
let followedAccountId: string | null = null;

/**
 * Shows the app in the language kept on the signed-in account (decision 0052), the first time this
 * page load sees that account: the choice made on another device follows the leader here.
 */
export function followAccountLanguage(user: CurrentUser) {
  if (user.id === followedAccountId) return;
  followedAccountId = user.id;
  if (user.language) setUiLanguage(user.language);
}

/**
 * Switches the app at once and keeps the choice on the account, quietly: if saving fails, this
 * device still shows and remembers it, and the next switch tries again.
 */
export function chooseAccountLanguage(language: UiLocale) {
  setUiLanguage(language);
  void apiPut('/api/account/language', { language }, noContent, {
    redirectWhenSignedOut: false,
  }).catch(() => undefined);
}
