import { stringify } from 'csv-stringify/sync';
import { type AuditEntry, auditActionLabel } from '../../../shared/audit';

/**
 * The log as a spreadsheet. Names, addresses and framework titles are typed by people, so a cell
 * starting with = + - @ or a tab is prefixed with ' (csv-stringify's `escape_formulas`): a
 * spreadsheet shows it as text instead of running it. Spreadsheets set to split on ; or tabs see a
 * new cell after those too, so a formula there is defused the same way.
 */
export function auditCsv(entries: readonly AuditEntry[]): string {
  return stringify(
    entries.map((entry) => [
      entry.at,
      entry.actor?.name ?? '(deleted account)',
      entry.actor?.email ?? '',
      entry.action,
      auditActionLabel(entry.action),
      entry.target ?? '',
      entry.detail ?? '',
    ]),
    {
      header: true,
      columns: ['time (UTC)', 'who', 'who (email)', 'action', 'what', 'target', 'detail'],
      escape_formulas: true,
      cast: { string: (value) => value.replace(/([;\t\r\n][\s"]*)([=+\-@])/g, "$1'$2") },
      record_delimiter: 'windows',
    },
  );
}
