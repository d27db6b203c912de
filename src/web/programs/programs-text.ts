import de from '../../shared/i18n/catalogs/app/programs/de.json?messages';
import type catalog from '../../shared/i18n/catalogs/app/programs/en.json';
import en from '../../shared/i18n/catalogs/app/programs/en.json?messages';
import { screenText } from '../i18n/screen-text';

/** The texts of programs: the list, one program with its enrollment, its insight, and joining one. */
export const { useText: useProgramsText, text: programsText } = screenText<keyof typeof catalog>({ en, de });
