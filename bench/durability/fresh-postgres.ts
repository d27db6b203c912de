import pg from 'pg';

export type FreshPostgres = { url: string; drop: () => Promise<void> };

/**
 * A new, empty database on the server behind `serverUrl`, so nothing from earlier runs can make a
 * run pass; the app migrates it on its first start. Dropped (with any leftover sessions) after.
 */
export async function createFreshPostgresDatabase(
  serverUrl: string,
  prefix = 'ff_durability',
): Promise<FreshPostgres> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  await withPostgresClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withPostgresClient(serverUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

/** One short-lived connection for an administrative statement (create or drop a database, a schema). */
export async function withPostgresClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
