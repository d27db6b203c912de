const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Alphabetical as people read it ("ada" beside "Ada", "Émile" beside "Emile"); sorted here
 * rather than in SQL because SQLite and PostgreSQL collate text differently.
 */
export function sortByName<T extends { id: string; name: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
