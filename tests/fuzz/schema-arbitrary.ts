import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check values shaped like a zod schema: mostly values the schema accepts, with mutations
 * mixed in at every level (wrong types, missing and extra fields, nulls, huge and unicode text).
 * It reads zod's own definition (`schema._zod.def`), so a changed shared schema changes the fuzz.
 */

type Def = {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
};

/** Values some fields need to get past validation into the use case; read when a value is drawn. */
export type FieldHints = { stringsFor: (field: string) => readonly string[] };

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const missing = Symbol('missing');

const hugeText = fc
  .tuple(
    fc.constantFrom('x', 'é', '😀', '\u0000', ' ', 'a\n', '<script>'),
    fc.integer({ min: 4_000, max: 60_000 }),
  )
  .map(([unit, count]) => unit.repeat(count));

/** A value of the wrong kind, for any position. */
export const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, -0, 1.5, 2 ** 53, -(2 ** 53), 1e308, Number.MIN_VALUE),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    'null',
    'undefined',
    '0',
    'true',
    '__proto__',
    '../../etc/passwd',
    "' or 1=1 --",
  ),
  hugeText,
  fc.array(fc.jsonValue(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
);

function checksOf(def: Def) {
  const found: { min?: number; max?: number; int?: boolean; pattern?: RegExp; email?: boolean } = {};
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length') found.min = check.minimum;
    if (check.check === 'max_length') found.max = check.maximum;
    if (check.check === 'greater_than') found.min = check.value;
    if (check.check === 'less_than') found.max = check.value;
    if (check.check === 'number_format' && check.format?.includes('int')) found.int = true;
    if (check.check === 'string_format' && check.format === 'regex') found.pattern = check.pattern;
    if (check.check === 'string_format' && check.format === 'email') found.email = true;
  }
  if (def.format === 'email') found.email = true;
  if (def.format === 'regex' && def.pattern) found.pattern = def.pattern;
  return found;
}

function validString(def: Def, field: string, hints: FieldHints): fc.Arbitrary<string> {
  const { min = 0, max = 200, pattern, email } = checksOf(def);
  const known = fc.integer({ min: 0, max: 1_000 }).chain((index) => {
    const values = hints.stringsFor(field);
    return values.length
      ? fc.constant(values[index % values.length] as string)
      : fc.string({ minLength: min });
  });
  const shaped = email
    ? fc.emailAddress().filter((address) => address.length <= 254)
    : pattern
      ? fc.stringMatching(pattern)
      : fc.oneof(
          fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 80)) }),
          fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, Math.max(min, 80)) }),
          fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, Math.max(min, 80)) }),
          fc.lorem({ maxCount: 12 }).filter((text) => text.length >= min && text.length <= max),
        );
  return fc.oneof({ arbitrary: shaped, weight: 3 }, { arbitrary: known, weight: 1 });
}

function validNumber(def: Def): fc.Arbitrary<number> {
  const { min, max, int } = checksOf(def);
  if (int) return fc.integer({ min: min ?? -1_000, max: max ?? 1_000 });
  return fc.double({ min: min ?? -1_000, max: max ?? 1_000, noNaN: true });
}

/** Values the schema should accept (close enough: refinements are not read). */
export function validArbitrary(schema: z.ZodType, hints: FieldHints, field = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (child: z.ZodType | undefined, name = field) =>
    child ? validArbitrary(child, hints, name) : fc.jsonValue();
  switch (def.type) {
    case 'string':
      return validString(def, field, hints);
    case 'number':
      return validNumber(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { none: 'none' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'optional':
    case 'default':
      return fc.option(inner(def.innerType), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null });
    case 'pipe':
      return defOf(def.out as z.ZodType).type === 'transform' ? inner(def.in) : inner(def.out);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)));
    case 'array': {
      const { min = 0, max = 8 } = checksOf(def);
      return fc.array(inner(def.element, `${field}[]`), { minLength: min, maxLength: Math.min(max, 8) });
    }
    case 'record':
      return fc.dictionary(
        def.keyType ? (inner(def.keyType, `${field}{}`) as fc.Arbitrary<string>) : fc.string(),
        inner(def.valueType),
        { maxKeys: 6 },
      );
    case 'object':
      return objectArbitrary(def.shape ?? {}, hints, 0);
    default:
      return fc.jsonValue();
  }
}

/** A value that is probably wrong for the schema, yet still shaped like it where it can be. */
export function mutatedArbitrary(schema: z.ZodType, hints: FieldHints, field = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (def.type === 'object') return objectArbitrary(def.shape ?? {}, hints, 0.5);
  if (def.type === 'array' && def.element) {
    return fc.oneof(
      fc.array(mutatedArbitrary(def.element, hints, `${field}[]`), { maxLength: 6 }),
      fc.array(validArbitrary(def.element, hints, `${field}[]`), { minLength: 51, maxLength: 300 }),
      strangeValue,
    );
  }
  if (def.type === 'record' && def.valueType) {
    return fc.oneof(
      fc.dictionary(fc.string(), mutatedArbitrary(def.valueType, hints), { maxKeys: 6 }),
      strangeValue,
    );
  }
  if (def.type === 'pipe' || def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    const child =
      def.type === 'pipe'
        ? defOf(def.out as z.ZodType).type === 'transform'
          ? def.in
          : def.out
        : def.innerType;
    return child ? fc.oneof(mutatedArbitrary(child, hints, field), strangeValue) : strangeValue;
  }
  return strangeValue;
}

/** Each field is valid, mutated or left out; a few extra fields ride along. */
function objectArbitrary(shape: Record<string, z.ZodType>, hints: FieldHints, mutationRate: number) {
  const validWeight = Math.round((1 - mutationRate) * 10) + 1;
  const fields = Object.fromEntries(
    Object.entries(shape).map(([name, child]) => [
      name,
      mutationRate
        ? fc.oneof(
            { arbitrary: validArbitrary(child, hints, name), weight: validWeight },
            { arbitrary: mutatedArbitrary(child, hints, name), weight: 3 },
            { arbitrary: fc.constant(missing), weight: 1 },
          )
        : validArbitrary(child, hints, name),
    ]),
  );
  const extra = fc.oneof(
    { arbitrary: fc.constant({}), weight: 4 },
    { arbitrary: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), weight: 1 },
    { arbitrary: fc.constant({ constructor: { prototype: { admin: true } }, id: 'x' }), weight: 1 },
  );
  return fc.tuple(fc.record(fields), extra).map(([values, extras]) => {
    const result: Record<string, unknown> = { ...extras };
    for (const [name, value] of Object.entries(values)) if (value !== missing) result[name] = value;
    return result;
  });
}
