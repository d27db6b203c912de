import { expect, test } from 'vitest';
import { csvCell } from './export-files.models';

test('a formula after a semicolon, tab or line break inside a cell is guarded like one at the start', () => {
  expect(csvCell('Listen more;=1+2')).toBe(`"Listen more;'=1+2"`);
  expect(csvCell('Listen more\t@SUM(A1)')).toBe(`"Listen more\t'@SUM(A1)"`);
  expect(csvCell('Listen.\n =1+2')).toBe(`"Listen.\n '=1+2"`);
  expect(csvCell('a;"=1"')).toBe(`"a;""'=1"""`);
});

test('a cell holding a semicolon or a tab is quoted, so a semicolon-locale spreadsheet keeps it whole', () => {
  expect(csvCell('ask first; then decide')).toBe('"ask first; then decide"');
  expect(csvCell('ask\tfirst')).toBe('"ask\tfirst"');
});

test('a figure is rounded to two decimals, a whole number is written as it is', () => {
  expect(csvCell(8 / 3)).toBe('2.67');
  expect(csvCell(2 / 3)).toBe('0.67');
  expect(csvCell(-1.25)).toBe('-1.25');
  expect(csvCell(7.5)).toBe('7.5');
  expect(csvCell(42)).toBe('42');
});
