import { describe, expect, test } from 'vitest';
import { formatDate, formatDateRange } from './format';

describe('date ranges', () => {
  test('a range that starts and ends on one day shows that day once', () => {
    expect(formatDateRange('2026-12-06T09:00:00Z', '2026-12-06T11:30:00Z')).toBe(
      formatDate('2026-12-06T09:00:00Z'),
    );
  });

  test('a range over several days shows where it starts and where it ends', () => {
    const range = formatDateRange('2026-12-01T12:00:00Z', '2026-12-09T12:00:00Z');
    expect(range).not.toBe(formatDate('2026-12-01T12:00:00Z'));
    expect(range).toMatch(/1\D+9|9\D+1/);
  });
});
