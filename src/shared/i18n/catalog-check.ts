import { parse, type Token } from '@messageformat/parser';
import type { Catalog } from './translate';

/** The placeholders a message uses, through plural and select branches; the ICU "#" is not one. */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'content' || token.type === 'octothorpe') continue;
      found.add(token.arg);
      if (token.type === 'function' && token.param) visit(token.param);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        for (const branch of token.cases) visit(branch.tokens);
      }
    }
  };
  visit(parse(message));
  return [...found].sort();
}

/** The element tags of a leader's screen text (`<guide>…</guide>`, rendered by richText). */
const tagsOf = (message: string) =>
  [...message.matchAll(/<([a-z][a-zA-Z]*)>/g)].map((match) => match[1]).sort();

/** What is wrong with a translation against the English catalog, one sentence a problem. */
export function catalogProblems(english: Catalog, translation: Catalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) {
    if (!(key in translation)) problems.push(`missing key "${key}"`);
  }
  for (const [key, text] of Object.entries(translation)) {
    const source = english[key];
    if (source === undefined) {
      problems.push(`extra key "${key}"`);
      continue;
    }
    if (text.trim() === '') problems.push(`"${key}" is empty`);
    let theirs: string[];
    try {
      theirs = placeholdersOf(text);
    } catch (error) {
      problems.push(`"${key}" is not valid ICU MessageFormat: ${(error as Error).message}`);
      continue;
    }
    const ours = placeholdersOf(source);
    if (theirs.join() !== ours.join()) {
      problems.push(`"${key}" uses {${theirs.join('}, {')}} where English uses {${ours.join('}, {')}}`);
    }
    if (tagsOf(text).join() !== tagsOf(source).join()) {
      problems.push(
        `"${key}" uses tags <${tagsOf(text).join('>, <')}> where English uses <${tagsOf(source).join('>, <')}>`,
      );
    }
  }
  return problems;
}
