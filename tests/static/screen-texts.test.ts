import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { readSource, screenFiles, untranslatedTexts } from './untranslated-text';

const root = join(import.meta.dirname, '../..');

// Issue 17: the leader's screens are complete in English and German, so no text a person reads may
// be written in code: it comes from a catalog (src/shared/i18n/catalogs/app), which a test checks key
// for key in both languages.
test('every text on the leader’s screens comes from a message catalog', () => {
  const found = screenFiles(root).flatMap((path) =>
    untranslatedTexts(relative(root, path), readSource(path)).map(
      ({ file, line, text }) => `${file}:${line} ${text}`,
    ),
  );
  expect(found).toEqual([]);
});

test('the check finds text in JSX, in attributes a person reads and in messages built in code', () => {
  const source = `
    const failure = 'Could not save the plan.';
    const key = t('plan.saved');
    const chosen = t(\`role.\${kind}.\`);
    export const View = () => <p title="Your plan" className="plan card">Nothing yet {count}</p>;
  `;
  expect(untranslatedTexts('view.tsx', source).map(({ text }) => text)).toEqual([
    'Could not save the plan.',
    'title="Your plan"',
    'Nothing yet',
  ]);
});
