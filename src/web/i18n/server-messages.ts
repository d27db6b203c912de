import de from '../../shared/i18n/catalogs/app/messages/de.json?messages';
import english from '../../shared/i18n/catalogs/app/messages/en.json';
import { messageTranslator } from '../../shared/i18n/message-templates';
import { translatorOf } from '../../shared/i18n/translate';
import { uiLanguage } from './ui-language';

/**
 * The server and the shared schemas speak English: their messages (a refused form field, a domain
 * error, a rate limit) are recognized by their English template in the catalog `app/messages` and
 * shown in the leader's language (decision 0052). A message with no template shows as it came;
 * `tests/static/server-messages.test.ts` fails when one is written without a template.
 */
const inGerman = messageTranslator(english, translatorOf(de));

/** A message from the server or a shared schema, in the language the leader's screens are shown in. */
export function serverText(message: string): string {
  if (uiLanguage() === 'en') return message;
  return inGerman(message) ?? message;
}
