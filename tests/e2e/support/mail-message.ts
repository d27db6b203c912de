/**
 * Just enough MIME to read what Feedforward sends: one plain-text part, 7bit, quoted-printable or
 * base64, with a subject that may be an RFC 2047 encoded word. Anything fancier is a reason to ask for
 * a real parser (mailparser), not to grow this one.
 */
export type ReceivedMail = { to: string[]; from: string; subject: string; text: string; raw: string };

export function parseMail(raw: string, envelopeTo: string[]): ReceivedMail {
  const normalized = raw.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? '' : normalized.slice(split + 2);
  const headers = parseHeaders(head);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  return {
    to: envelopeTo,
    from: decodeEncodedWords(headers.get('from') ?? ''),
    subject: decodeEncodedWords(headers.get('subject') ?? ''),
    text: decodeBody(body, encoding).replace(/\r\n/g, '\n'),
    raw,
  };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  // A line starting with white space continues the previous header (folding).
  const unfolded = head.replace(/\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  return Buffer.from(hexEscapesToBytes(joined)).toString('utf8');
}

/** Turns a string with =XX escapes into bytes, so multi-byte UTF-8 characters come out whole. */
function hexEscapesToBytes(text: string): number[] {
  const hexEscape = /=([0-9A-Fa-f]{2})/y;
  const bytes: number[] = [];
  for (let index = 0; index < text.length; ) {
    hexEscape.lastIndex = index;
    const match = hexEscape.exec(text);
    if (match?.[1]) {
      bytes.push(Number.parseInt(match[1], 16));
      index += match[0].length;
    } else {
      const codePoint = text.codePointAt(index) ?? 0;
      const character = String.fromCodePoint(codePoint);
      bytes.push(...Buffer.from(character, 'utf8'));
      index += character.length;
    }
  }
  return bytes;
}

function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_word, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(hexEscapesToBytes(data.replace(/_/g, ' '))).toString('utf8'),
    );
}

/** The first link in the mail whose path starts with `path`, e.g. "/reset-password". */
export function linkIn(mail: ReceivedMail, path: string): string {
  for (const candidate of mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? []) {
    if (new URL(candidate).pathname.startsWith(path)) return candidate;
  }
  throw new Error(`No link to ${path} in the mail "${mail.subject}":\n${mail.text}`);
}
