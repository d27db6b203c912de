import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';

const suffix = '.json?messages';

/**
 * `import messages from './de.json?messages'` gives the browser that catalog compiled to plain
 * functions by messageformat (decision 0044): no parser or compiler on the page, only the few
 * hundred bytes of plural rules the language needs. The file's name is its language.
 */
export function messageCatalogs(): Plugin {
  return {
    name: 'feedforward-message-catalogs',
    load(id) {
      if (!id.endsWith(suffix)) return null;
      const file = id.slice(0, -'?messages'.length);
      const locale = basename(file, '.json');
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      return compileModule(new MessageFormat(locale), catalog);
    },
  };
}
