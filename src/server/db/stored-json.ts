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

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * readStoredJson for a column read on every page view and seldom written (a cycle's competency, a
 * round's questions): parsing and checking a competency cost 0.16 ms of CPU per round page (issue
 * 14), so each text's checked value is kept, at most `capacity` texts, the oldest dropped first.
 * Keyed by the text itself, a kept value can never be stale; it is frozen, so no caller can change
 * what the next one reads.
 */
export function keptStoredJsonReader<S extends z.core.$ZodType>(schema: S, capacity = 1_000) {
  const kept = new Map<string, z.output<S>>();
  return (json: string, what: string): z.output<S> => {
    const found = kept.get(json);
    if (found !== undefined) return found;
    const value = deepFreeze(readStoredJson(schema, json, what));
    kept.set(json, value);
    if (kept.size > capacity) kept.delete(kept.keys().next().value as string);
    return value;
  };
}
