import de from '../../shared/i18n/catalogs/app/audit/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/audit/en.json';
import en from '../../shared/i18n/catalogs/app/audit/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of an organization's audit log and its filters. */
export const { useText: useAuditText } = screenText<keyof typeof catalog>({ en, de });
