import { emailSchema } from '../../../shared/accounts';
import type { RelationshipGroup } from '../../../shared/questions';
import { type StakeholderLineError, stakeholderNameSchema } from '../../../shared/stakeholders';
import { inboxOf } from './address-twins.models';
import { type AddressRules, addressProblem } from './stakeholder-address.models';

export type ParsedStakeholder = { name: string; email: string | null; relationshipGroup: RelationshipGroup };
export type ParsedLine = { ok: true; stakeholder: ParsedStakeholder } | { ok: false; message: string };
export type NumberedStakeholder = ParsedStakeholder & { line: number };

const maxLineLength = 400;
const separator = /[,;\t]/;

// People paste from address books, spreadsheets and their own notes, so each group answers
// to the words they are likely to have typed.
const groupAliases: Record<string, RelationshipGroup> = {
  'direct report': 'direct_report',
  directreport: 'direct_report',
  report: 'direct_report',
  direct: 'direct_report',
  dr: 'direct_report',
  'team member': 'direct_report',
  peer: 'peer',
  colleague: 'peer',
  coworker: 'peer',
  'co worker': 'peer',
  manager: 'manager',
  boss: 'manager',
  'line manager': 'manager',
  supervisor: 'manager',
  other: 'other',
};

const groupHint = 'use direct report, peer, manager or other';

/** "Direct_Reports", "my boss", "peer" → the group, or null when it is none we know. */
export function relationshipGroupOf(written: string): RelationshipGroup | null {
  const words = written
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim()
    .replace(/^my /, '');
  return groupAliases[words] ?? groupAliases[words.replace(/s$/, '')] ?? null;
}

/**
 * Reads one line such as `Ada Lovelace <ada@example.com>, peer`, `Grace Hopper, manager` or
 * `bob@example.com, direct report`: the relationship comes last, after a comma, semicolon or tab.
 */
export function parseStakeholderLine(line: string): ParsedLine {
  const text = line.trim();
  if (text.length > maxLineLength) {
    return { ok: false, message: `A line can be at most ${maxLineLength} characters` };
  }
  const cut = lastSeparatorIndex(text);
  if (cut < 0) {
    return { ok: false, message: 'Add who this person is to you after a comma, like "Ada Lovelace, peer"' };
  }
  const writtenGroup = text.slice(cut + 1).trim();
  const relationshipGroup = relationshipGroupOf(writtenGroup);
  if (!relationshipGroup) {
    return {
      ok: false,
      message: writtenGroup
        ? `"${writtenGroup}" is not a relationship we know; ${groupHint}`
        : `The relationship is missing after the last comma; ${groupHint}`,
    };
  }
  const person = splitPerson(text.slice(0, cut));
  if ('message' in person) return { ok: false, message: person.message };

  let email: string | null = null;
  if (person.email !== null) {
    const parsed = emailSchema.safeParse(person.email);
    if (!parsed.success)
      return { ok: false, message: parsed.error.issues[0]?.message ?? 'Email is not valid' };
    email = parsed.data;
  }
  if (!person.name && !email)
    return { ok: false, message: 'Add a name or an email address before the comma' };
  const name = stakeholderNameSchema.safeParse(person.name || nameFromEmail(email ?? ''));
  if (!name.success) return { ok: false, message: name.error.issues[0]?.message ?? 'Name is not valid' };
  return { ok: true, stakeholder: { name: name.data, email, relationshipGroup } };
}

/**
 * Reads a pasted list: blank lines are skipped, and a line whose address the rules refuse (the
 * leader's own inbox, one already listed, outside the organization's domains) or whose inbox is
 * earlier in the same paste is reported rather than added.
 */
export function parseStakeholderLines(text: string, rules: AddressRules) {
  const stakeholders: NumberedStakeholder[] = [];
  const errors: StakeholderLineError[] = [];
  const firstLineOfInbox = new Map<string, { line: number; email: string }>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const lineText = raw.trim();
    if (!lineText) return;
    const parsed = parseStakeholderLine(lineText);
    if (!parsed.ok) {
      errors.push({ line, text: lineText, message: parsed.message });
      return;
    }
    const { email } = parsed.stakeholder;
    const problem = addressProblem(email, rules);
    if (problem) {
      errors.push({ line, text: lineText, message: problem.message });
      return;
    }
    const earlier = email ? firstLineOfInbox.get(inboxOf(email)) : undefined;
    if (email && earlier !== undefined) {
      const message =
        earlier.email === email
          ? `${email} is already on line ${earlier.line}`
          : `${email} reaches the same inbox as ${earlier.email} on line ${earlier.line}`;
      errors.push({ line, text: lineText, message });
      return;
    }
    if (email) firstLineOfInbox.set(inboxOf(email), { line, email });
    stakeholders.push({ ...parsed.stakeholder, line });
  });
  return { stakeholders, errors };
}

function lastSeparatorIndex(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) {
    if (separator.test(text.charAt(index))) return index;
  }
  return -1;
}

/** The part before the relationship: a name, an email, both, or `Name <email>`. */
function splitPerson(written: string): { name: string; email: string | null } | { message: string } {
  const bracketed = written.match(/<([^<>]*)>/);
  if (bracketed) {
    const name = written.replace(bracketed[0], ' ').replace(/^[\s,;]+|[\s,;]+$/g, '');
    return { name: cleanName(name), email: bracketed[1]?.trim() ?? '' };
  }
  const parts = written
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
  const emails = parts.filter((part) => part.includes('@'));
  if (emails.length > 1) return { message: 'Put one email address per line' };
  const name = parts.filter((part) => !part.includes('@')).join(', ');
  return { name: cleanName(name), email: emails[0] ?? null };
}

function cleanName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'](.*)["']$/, '$1')
    .trim();
}

/** "ada.lovelace@example.com" → "Ada Lovelace": a readable start the leader can edit. */
function nameFromEmail(email: string): string {
  const local = email.split('@')[0]?.split('+')[0] ?? '';
  const words = local.split(/[._-]+/).filter(Boolean);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ') || email;
}
