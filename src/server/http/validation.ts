import type { Context } from 'hono';
import type { z } from 'zod';
import { invalid } from '../errors';
import { maxJsonDepth, nestsDeeperThan } from './request-limits';

/** Parses a JSON body with a shared schema; the first problem names its field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw invalid('invalid_json', 'The request body must be JSON.');
  }
  if (nestsDeeperThan(body, maxJsonDepth)) {
    throw invalid('too_deep', `The request body nests deeper than ${maxJsonDepth} levels.`);
  }
  return parseInput(schema, body);
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const nul = pathToNul(value);
  if (nul)
    throw invalid(
      'invalid_input',
      'Text cannot contain the NUL character (U+0000).',
      nul.join('.') || undefined,
    );
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw invalid('invalid_input', issue?.message ?? 'The request is not valid.', field);
}

/** PostgreSQL cannot store U+0000 in text, so no input may carry one, whichever engine runs. */
function pathToNul(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key];
    const found = pathToNul(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
