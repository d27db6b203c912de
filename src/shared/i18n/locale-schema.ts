import { z } from 'zod';
import { locales } from './locales';

export const localeSchema = z.enum(locales, { message: 'Choose a language: en, de, fr or es' });
