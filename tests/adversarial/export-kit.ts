import { inflateRawSync } from 'node:zlib';
import type { TestClient } from '../support/test-app';

/** The files a leader downloads (the account export and the progress CSV), read as their tools read them. */

/** Downloads the account export and reads the ZIP through its central directory, as unzip does. */
export async function exportOf(client: TestClient): Promise<Map<string, string>> {
  const response = await client.get('/api/account/export');
  if (response.status !== 200) throw new Error(`export: ${response.status}`);
  const archive = Buffer.from(await response.arrayBuffer());
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const local = archive.readUInt32LE(at + 42);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extra;
  }
  return files;
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
