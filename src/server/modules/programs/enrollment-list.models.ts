import { parse } from 'csv-parse/sync';
import { emailSchema } from '../../../shared/accounts';
import { singleLineProblem } from '../../../shared/plain-text';

export type Invitee = { name: string; email: string };
export type SkippedLine = { line: number; text: string; reason: string };

// The most leaders one paste may enroll: a cohort, not a company directory.
export const maxInviteesAtOnce = 200;

const looksLikeHeader = (cells: string[]) =>
  cells.some((cell) => cell.toLowerCase() === 'email' || cell.toLowerCase() === 'e-mail');

/**
 * Reads a pasted list or CSV export, one person a line: "name, email", "email, name" or just an
 * email (then the name is the address's first part). A header row is skipped; every line that
 * is not a person is reported with its reason, so the admin can fix and paste it again.
 */
export function parseEnrollmentList(text: string): { invitees: Invitee[]; skipped: SkippedLine[] } {
  // A pasted list may use semicolons (spreadsheets in many locales) or tabs (copied cells).
  const delimiter = text.includes('\t') ? '\t' : text.includes(';') && !text.includes(',') ? ';' : ',';
  const rows: string[][] = parse(text, {
    delimiter,
    trim: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  const invitees: Invitee[] = [];
  const skipped: SkippedLine[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    const line = index + 1;
    const filled = cells.filter((cell) => cell.length > 0);
    if (index === 0 && looksLikeHeader(filled)) return;
    const shown = filled.join(', ');
    const emailCell = filled.find((cell) => cell.includes('@'));
    const email = emailCell ? emailSchema.safeParse(emailCell.replace(/^<|>$/g, '')) : undefined;
    if (!email?.success) {
      skipped.push({ line, text: shown, reason: 'No valid email address on this line' });
      return;
    }
    if (seen.has(email.data)) {
      skipped.push({ line, text: shown, reason: 'This address is already in the list above' });
      return;
    }
    if (invitees.length >= maxInviteesAtOnce) {
      skipped.push({ line, text: shown, reason: `At most ${maxInviteesAtOnce} people at once` });
      return;
    }
    const name = filled
      .filter((cell) => cell !== emailCell)
      .join(' ')
      .normalize('NFC')
      .slice(0, 100);
    const nameProblem = singleLineProblem('The name', name);
    if (nameProblem) {
      skipped.push({ line, text: shown, reason: nameProblem });
      return;
    }
    seen.add(email.data);
    invitees.push({ name: name || (email.data.split('@')[0] as string), email: email.data });
  });
  return { invitees, skipped };
}
