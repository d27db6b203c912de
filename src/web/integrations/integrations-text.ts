import de from '../../shared/i18n/catalogs/app/integrations/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/integrations/en.json';
import en from '../../shared/i18n/catalogs/app/integrations/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of the integrations page: calendar feed, chat webhook, API tokens and webhooks. */
export const { useText: useIntegrationsText, text: integrationsText } = screenText<keyof typeof catalog>({
  en,
  de,
});
