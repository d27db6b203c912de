// The bare ceiling issue 14 measures the app against: Hono and the database driver, nothing else.
// Plain JavaScript run by `node` itself (no build, no tsx), with the app's durability settings:
//   CEILING_DATABASE_URL=file:… or postgres://…  PORT=…  node bench/suite/ceiling-server.mjs
// POST /answer        one insert of a response-shaped row (same columns as `responses`)
// GET  /rounds/:id    one indexed select: a round's responses
// GET  /cycles/:id    one indexed select: a cycle's rounds
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import SqliteDatabase from 'better-sqlite3';
import { Hono } from 'hono';
import pg from 'pg';

const url = process.env.CEILING_DATABASE_URL ?? '';
const table = `create table if not exists ceiling_responses (id text primary key, round_id text not null,
  relationship_group text not null, named_manager integer not null, answers text not null)`;
const index = 'create index if not exists ceiling_responses_round on ceiling_responses (round_id)';

async function openDatabase() {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    await pool.query(table);
    await pool.query(index);
    const rows = async (text, values) => (await pool.query(text, values)).rows;
    return {
      insert: (values) => rows('insert into ceiling_responses values ($1, $2, $3, $4, $5)', values),
      responses: (id) => rows('select * from responses where round_id = $1', [id]),
      rounds: (id) => rows('select * from rounds where cycle_id = $1', [id]),
    };
  }
  const sqlite = new SqliteDatabase(url.replace(/^(file|sqlite):(\/\/)?/, ''));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.exec(table);
  sqlite.exec(index);
  const insert = sqlite.prepare('insert into ceiling_responses values (?, ?, ?, ?, ?)');
  const responses = sqlite.prepare('select * from responses where round_id = ?');
  const rounds = sqlite.prepare('select * from rounds where cycle_id = ?');
  return {
    insert: async (values) => insert.run(values),
    responses: async (id) => responses.all(id),
    rounds: async (id) => rounds.all(id),
  };
}

const database = await openDatabase();
const app = new Hono();
app.get('/healthz', (c) => c.text('ok'));
app.post('/answer', async (c) => {
  const body = await c.req.json();
  await database.insert([randomUUID(), body.roundId, 'direct_report', 0, JSON.stringify(body.answers)]);
  return c.json({ message: 'Thank you. Your answers were saved anonymously.' }, 201);
});
app.get('/rounds/:id', async (c) => c.json({ responses: await database.responses(c.req.param('id')) }));
app.get('/cycles/:id', async (c) => c.json({ rounds: await database.rounds(c.req.param('id')) }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
