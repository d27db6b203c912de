/** One file of the export archive. */
export type ExportFile = { path: string; content: string };

export type ExportRow = Record<string, string | number | boolean | null | undefined>;
export type ExportTable = { name: string; rows: ExportRow[] };

/** Figures such as means show two decimals at most: 2.67, not 2.6666666666666665. */
const csvDecimals = 100;

/**
 * RFC 4180 quoting. Numbers are rounded to two decimals; the JSON file keeps them exact. A text cell that begins like a formula gets a leading apostrophe, so a
 * stakeholder's or a reframed problem's text cannot run as a formula in a spreadsheet.
 */
export function csvCell(value: ExportRow[string]): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'number' ? String(Math.round(value * csvDecimals) / csvDecimals) : String(value);
  if (typeof value === 'string') text = withoutFormulaStarts(text);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A spreadsheet whose locale separates fields with ";" (or a tab) splits our comma-separated
 * line there and honors quotes only at the start of its own fields, so a line break, ";" or tab
 * inside a quoted cell starts a new cell too (quotes after it included); what follows one gets the
 * same apostrophe.
 */
function withoutFormulaStarts(text: string): string {
  const guarded = text.replace(/([;\t\r\n][\s"]*)([=+\-@])/g, "$1'$2");
  return /^[=+\-@\t\r]/.test(guarded) ? `'${guarded}` : guarded;
}

/** Header from the union of the rows' keys in first-seen order; an empty table still has its file. */
export function toCsv(rows: readonly ExportRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [
    columns.map(csvCell).join(','),
    ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** The whole export as JSON, plus one CSV per table for spreadsheets. */
export function exportFiles(everything: unknown, tables: readonly ExportTable[]): ExportFile[] {
  return [
    { path: 'feedforward-export.json', content: `${JSON.stringify(everything, null, 2)}\n` },
    ...tables.map((table) => ({ path: `csv/${table.name}.csv`, content: toCsv(table.rows) })),
  ];
}
