import type { Context } from 'hono';
import type { z } from 'zod';
import { invalid } from '../errors';

/** Parses a JSON body with a shared schema; the first problem names its field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw invalid('invalid_json', 'The request body must be JSON.');
  }
  return parseInput(schema, body);
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw invalid('invalid_input', issue?.message ?? 'The request is not valid.', field);
}
