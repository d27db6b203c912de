import type { Translate } from './translate';

type Template<K> = { key: K; names: string[]; pattern: RegExp; fixed: number };

/**
 * Recognizes an English message by its template in `english` ("Keep this under {maxLength}
 * characters") and says it with `translate`, the values the English carried put back in. A value
 * that is itself a known message is translated too; an unknown message gives undefined.
 */
export function messageTranslator<K extends string>(
  english: Readonly<Record<K, string>>,
  translate: Translate<K>,
) {
  const exact = new Map<string, K>();
  const templates: Template<K>[] = [];
  for (const [key, text] of Object.entries(english) as [K, string][]) {
    const names = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
    if (names.length === 0) {
      exact.set(text, key);
      continue;
    }
    const parts = text.split(/\{\w+\}/);
    const source = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)');
    templates.push({ key, names, pattern: new RegExp(`^${source}$`, 's'), fixed: parts.join('').length });
  }
  // The template that says most in fixed words wins: "{name}: {message}." only when nothing else fits.
  templates.sort((a, b) => b.fixed - a.fixed);

  const translated = (message: string): string | undefined => {
    const key = exact.get(message);
    if (key) return translate(key);
    for (const { key, names, pattern } of templates) {
      const match = pattern.exec(message);
      if (!match) continue;
      const values = Object.fromEntries(
        names.map((name, index) => {
          const value = match[index + 1] as string;
          return [name, translated(value) ?? value];
        }),
      );
      return translate(key, values);
    }
    return undefined;
  };
  return translated;
}
