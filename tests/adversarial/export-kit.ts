import { readZip } from '../support/read-zip';
import type { TestClient } from '../support/test-app';

/** The files a leader downloads (the account export and the progress CSV), read as their tools read them. */

/** Downloads the account export and unpacks it. */
export async function exportOf(client: TestClient): Promise<Map<string, string>> {
  const response = await client.get('/api/account/export');
  if (response.status !== 200) throw new Error(`export: ${response.status}`);
  return readZip(Buffer.from(await response.arrayBuffer()));
}

/**
 * The rows a spreadsheet makes of a CSV file when its locale separates fields with `separator`
 * (Excel in much of Europe uses ";"): quotes count only at the start of a field, as there.
 */
export function spreadsheetRows(csv: string, separator: ',' | ';' | '\t' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  const endCell = () => {
    row.push(cell);
    cell = '';
    atStart = true;
  };
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i] as string;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (char === separator) {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && csv[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += char;
      atStart = false;
    }
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** A CSV file's rows as records under its header, read the way a comma-separated spreadsheet does. */
export function csvRecords(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = spreadsheetRows(csv);
  return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ''])));
}

/** What a spreadsheet runs as a formula: a cell starting with = + - @ (or tab, CR) that is not a number. */
export const isLiveFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell));

/** Every CSV file in the export and the progress CSV, each as a spreadsheet in each locale reads it. */
export function liveFormulasIn(csvFiles: Record<string, string>): string[] {
  return Object.entries(csvFiles).flatMap(([name, csv]) =>
    ([',', ';', '\t'] as const).flatMap((separator) =>
      spreadsheetRows(csv, separator)
        .flat()
        .filter(isLiveFormula)
        .map((cell) => `${name} (${JSON.stringify(separator)}): ${cell}`),
    ),
  );
}
