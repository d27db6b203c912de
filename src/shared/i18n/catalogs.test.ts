import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogProblems, placeholdersOf } from './catalog-check';
import { compileCatalog } from './compile-catalog';
import { type Locale, locales, uiLocales } from './locales';
import { formatDay, translatorOf } from './translate';

const catalogsDir = join(import.meta.dirname, 'catalogs');
const read = (part: string, file: string) =>
  JSON.parse(readFileSync(join(catalogsDir, part, file), 'utf8')) as Record<string, string>;

// Stakeholders are asked in every language; the leader's own screens (app/<part>) and mails
// (leader-mail) are complete in English and German.
const appParts = readdirSync(join(catalogsDir, 'app')).map((part) => `app/${part}`);
const required: Record<string, readonly Locale[]> = {
  answer: locales,
  framework: locales,
  mail: locales,
  'hand-out': locales,
  questions: locales,
  // Mails to leaders about their own account and work: the languages of their screens.
  'leader-mail': uiLocales,
  ...Object.fromEntries(appParts.map((part) => [part, uiLocales])),
};

describe('message catalogs', () => {
  test('every part of the app has the languages it promises, and no catalog nobody checks', () => {
    const parts = readdirSync(catalogsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'app')
      .map((entry) => entry.name);
    expect([...parts, ...appParts].sort()).toEqual(Object.keys(required).sort());
    for (const [part, languages] of Object.entries(required)) {
      const files = readdirSync(join(catalogsDir, part)).filter((file) => file.endsWith('.json'));
      for (const language of languages) expect(files, part).toContain(`${language}.json`);
    }
  });

  for (const part of Object.keys(required)) {
    const files = readdirSync(join(catalogsDir, part)).filter(
      (file) => file.endsWith('.json') && file !== 'en.json',
    );
    for (const file of files) {
      test(`${part}/${file} has every English key, no other, and the same placeholders`, () => {
        expect(catalogProblems(read(part, 'en.json'), read(part, file))).toEqual([]);
      });
    }
  }

  test('the check names a missing key, an extra key and a placeholder that does not match', () => {
    const english = { a: 'Hello {name}', b: 'Bye' };
    expect(catalogProblems(english, { a: 'Hallo {nom}', c: 'Tschüss' })).toEqual([
      'missing key "b"',
      '"a" uses {nom} where English uses {name}',
      'extra key "c"',
    ]);
  });

  test('the check names a tag that does not match, so a link cannot get lost in translation', () => {
    expect(catalogProblems({ a: 'Read the <guide>method</guide>.' }, { a: 'Lies die Methode.' })).toEqual([
      '"a" uses tags <> where English uses <guide>',
    ]);
  });

  test('placeholders inside plural branches count, the plural "#" does not', () => {
    expect(placeholdersOf('{k, plural, one {# person with {leader}} other {# people}}')).toEqual([
      'k',
      'leader',
    ]);
  });
});

describe('formatting in a language', () => {
  test('plural rules follow the language', () => {
    const t = translatorOf(
      compileCatalog('de', { people: '{n, plural, one {# Person} other {# Personen}}' }),
    );
    expect(t('people', { n: 1 })).toBe('1 Person');
    expect(t('people', { n: 3 })).toBe('3 Personen');
  });

  test('a day is written as people of the language write it', () => {
    expect(formatDay('2026-12-06', 'en')).toBe('December 6, 2026');
    expect(formatDay('2026-12-06', 'de')).toBe('6. Dezember 2026');
    expect(formatDay('2026-12-06', 'fr')).toBe('6 décembre 2026');
    expect(formatDay('2026-12-06', 'es')).toBe('6 de diciembre de 2026');
  });
});
