import { z } from 'zod';

/** A stored value without the shape the app wrote: a corrupt or hand-edited row, named as such. */
export class CorruptStoredValue extends Error {
  constructor(what: string, problem: string) {
    super(`Stored ${what} cannot be read: ${problem}`);
    this.name = 'CorruptStoredValue';
  }
}

/** Checks a value read back from storage (a job's payload, a parsed column) against its schema. */
export function readStored<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw new CorruptStoredValue(what, z.prettifyError(result.error));
  return result.data;
}

/** Parses a JSON column and checks it against its schema, so no code works on a shape it assumed. */
export function readStoredJson<S extends z.core.$ZodType>(
  schema: S,
  json: string,
  what: string,
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new CorruptStoredValue(what, 'it is not JSON');
  }
  return readStored(schema, value, what);
}
