import de from '../../shared/i18n/catalogs/app/workspace/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/workspace/en.json';
import en from '../../shared/i18n/catalogs/app/workspace/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of a workspace's page: members, invitations, settings and the lists waiting for approval. */
export const { useText: useWorkspaceText, text: workspaceText } = screenText<keyof typeof catalog>({
  en,
  de,
});
