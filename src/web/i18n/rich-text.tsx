import { Fragment, type ReactNode } from 'react';

type Elements = Record<string, (chunk: string) => ReactNode>;

const tagged = /<([a-z][a-zA-Z]*)>(.*?)<\/\1>/g;

/**
 * A translated sentence with links or emphasis inside, written `Read the <guide>method</guide>.` in
 * the catalog, so a translator can move the link to where their language puts it. Each tag is
 * rendered by the function of its name; a tag with no function shows as its plain text.
 */
export function richText(message: string, elements: Elements): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(tagged)) {
    const [whole, name, chunk] = match as unknown as [string, string, string];
    if (match.index > last) parts.push(message.slice(last, match.index));
    parts.push(<Fragment key={match.index}>{elements[name]?.(chunk) ?? chunk}</Fragment>);
    last = match.index + whole.length;
  }
  if (last < message.length) parts.push(message.slice(last));
  return parts;
}
