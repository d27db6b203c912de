import { expect, test } from 'vitest';
import de from './catalogs/app/messages/de.json';
import english from './catalogs/app/messages/en.json';
import { compileCatalog } from './compile-catalog';
import { messageTranslator } from './message-templates';
import { translatorOf } from './translate';

const inGerman = messageTranslator(english, translatorOf(compileCatalog('de', de)));
const serverMessage = (message: string) => inGerman(message) ?? message;

test('a German screen shows a known message in German, with the values the server put in', () => {
  expect(serverMessage('Name must be at most 100 characters')).toBe(
    'Der Name darf höchstens 100 Zeichen haben',
  );
  expect(serverMessage('Ada Lovelace is already invited to this round.')).toBe(
    'Ada Lovelace ist schon zu dieser Runde eingeladen.',
  );
  expect(serverMessage('Keep this under 500 characters')).toBe('Bleib unter 500 Zeichen');
});

test('a message inside a message is translated too, and an unknown one shows as it came', () => {
  expect(serverMessage('Ada: Add a name or an email address before the comma.')).toBe(
    'Ada: Schreib einen Namen oder eine E-Mail-Adresse vor das Komma.',
  );
  expect(serverMessage('Something nobody wrote a template for')).toBe(
    'Something nobody wrote a template for',
  );
});
