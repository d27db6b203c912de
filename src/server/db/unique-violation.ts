/** A unique index as each engine reports a write it refused: PostgreSQL by name, SQLite by columns. */
export type UniqueIndex = { name: string; table: string; columns: readonly string[] };

/** Whether `error` is the database refusing a write because it would break `index`. */
export function breaksUniqueIndex(error: unknown, index: UniqueIndex): boolean {
  if (!(error instanceof Error)) return false;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (code === '23505') return constraint === index.name;
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE') return false;
  const columns = index.columns.map((column) => `${index.table}.${column}`).join(', ');
  return error.message === `UNIQUE constraint failed: ${columns}`;
}

/**
 * Runs one write and reports false when `index` (or one of several) refused it, rethrowing anything else. On
 * PostgreSQL the refusal also ends the surrounding transaction, so the caller must give up on it.
 */
export async function writeUnlessDuplicate(
  index: UniqueIndex | readonly UniqueIndex[],
  write: () => Promise<unknown>,
): Promise<boolean> {
  const indexes = Array.isArray(index) ? index : [index];
  try {
    await write();
    return true;
  } catch (error) {
    if (indexes.some((each) => breaksUniqueIndex(error, each))) return false;
    throw error;
  }
}
