import { useSyncExternalStore } from 'react';
import { defaultUiLocale, isUiLocale, type UiLocale, uiLocales } from '../../shared/i18n/locales';

const storageKey = 'feedforward.language';
const listeners = new Set<() => void>();

/** The person's last choice on this device, else the first of the browser's languages we have, else English. */
function initialLanguage(): UiLocale {
  if (typeof navigator === 'undefined') return defaultUiLocale;
  const stored = safeStorage()?.getItem(storageKey);
  if (isUiLocale(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.toLowerCase().split('-')[0];
    if (isUiLocale(language)) return language;
  }
  return defaultUiLocale;
}

// Storage can be refused (private windows, strict settings); the language then lasts for the visit.
function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

let current: UiLocale = initialLanguage();
showLanguageOnPage(current);

// The page's own `lang`, so screen readers pronounce it right (absent when unit tests run in Node).
function showLanguageOnPage(locale: UiLocale) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The language the leader's screens are shown in now; loaders and actions read it when they run. */
export const uiLanguage = (): UiLocale => current;

/**
 * Shows the app in another language at once: every screen using a `*-text.ts` hook renders again,
 * `<html lang>` follows so screen readers pronounce it right, and this device remembers the choice.
 */
export function setUiLanguage(locale: UiLocale) {
  if (!uiLocales.includes(locale) || locale === current) return;
  current = locale;
  showLanguageOnPage(locale);
  safeStorage()?.setItem(storageKey, locale);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For components: the language shown, re-rendering when it changes. */
export const useUiLanguage = (): UiLocale => useSyncExternalStore(subscribe, uiLanguage);
