import { z } from 'zod';
import { multiLineText, singleLineText } from './plain-text';

/**
 * The competency framework as a file: what an admin exports, edits by hand and imports again.
 * The same schema checks the file in the browser before upload and on the server, so every
 * message here is written for the person who edited the file.
 */

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Required, trimmed text with a message that names what is missing. */
function text(what: string, maxLength: number) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`),
    })
    .trim()
    .min(1, { error: `${what} cannot be empty` })
    .max(maxLength, { error: `${what} must be at most ${maxLength} characters` });
}

/** A name or one-line text of the file: trimmed, required, one line, nothing invisible. */
function line(what: string, maxLength: number) {
  return singleLineText(what, text(what, maxLength));
}

/** Prose of the file, which may span lines. */
function prose(what: string, maxLength: number) {
  return multiLineText(what, text(what, maxLength));
}

function slug(what: string) {
  return text(what, 60).regex(slugPattern, {
    error: `${what} must use lowercase letters, digits and single dashes, like "giving-feedback"`,
  });
}

/** Retired items stay in the file, so their keys are never reused, but are offered to no new cycle. */
const retired = z.boolean({ error: '"retired" must be true or false' }).optional();

export const frameworkBehaviorSchema = z.object({
  key: slug('A behavior key'),
  text: line('A behavior text', 200),
  retired,
});

export const competencySchema = z
  .object({
    key: slug('A competency key'),
    name: line('A competency name', 80),
    description: prose('A competency description', 1000),
    whyItMatters: prose('"Why it matters"', 1000),
    reflectionPrompts: z
      .array(line('A reflection prompt', 300), { error: 'Reflection prompts must be a list of questions' })
      .min(2, { error: 'Each competency needs at least 2 reflection prompts' })
      .max(10, { error: 'A competency can have at most 10 reflection prompts' }),
    behaviors: z
      .array(frameworkBehaviorSchema, { error: 'Behaviors must be a list' })
      .min(5, { error: 'Each competency needs at least 5 behaviors' })
      .max(30, { error: 'A competency can have at most 30 behaviors' }),
    retired,
  })
  .superRefine((competency, ctx) => {
    // Behavior keys are what daily check-ins and ratings point at, so two alike would merge them.
    // With `when`, this also runs on a competency whose other fields failed, so the name may be absent.
    const where = typeof competency.name === 'string' ? ` in "${competency.name}"` : '';
    reportDuplicateKeys(competency.behaviors, ['behaviors'], ctx, (key) => {
      return `The behavior key "${key}" is used twice${where}; each behavior needs its own key`;
    });
    // A cycle rates the behaviors in use, so a competency leaders can still choose needs five of them
    // (a list shorter than five already has its own problem, reported once).
    const inUse = competency.behaviors.filter((behavior) => !(behavior as { retired?: unknown })?.retired);
    if (!competency.retired && competency.behaviors.length >= 5 && inUse.length < 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['behaviors'],
        message: `Each competency in use needs at least 5 behaviors that are not retired${where}`,
      });
    }
  }, whenListIsPresent('behaviors'));

export const frameworkFileSchema = z
  .object({
    version: z.literal(1, { error: 'This file must say "version": 1; other versions cannot be imported' }),
    name: line('The framework name', 120),
    competencies: z
      .array(competencySchema, { error: 'Competencies must be a list' })
      .min(1, { error: 'A framework needs at least 1 competency' })
      .max(50, { error: 'A framework can have at most 50 competencies' }),
  })
  .superRefine((framework, ctx) => {
    // Growth cycles refer to a competency by key, so keys must identify exactly one.
    reportDuplicateKeys(framework.competencies, ['competencies'], ctx, (key) => {
      return `The competency key "${key}" is used twice; each competency needs its own key`;
    });
    const retiredOnly = framework.competencies.every(
      (competency) => (competency as { retired?: unknown })?.retired,
    );
    // An empty list already has its own problem, reported once.
    if (framework.competencies.length > 0 && retiredOnly) {
      ctx.addIssue({
        code: 'custom',
        path: ['competencies'],
        message: 'At least 1 competency must stay in use (not retired)',
      });
    }
  }, whenListIsPresent('competencies'));

/**
 * Zod skips refinements once any field failed; an admin fixing a file by hand should see
 * every problem in one go, so key checks run whenever the list itself is there.
 */
function whenListIsPresent(field: string) {
  return {
    when: (payload: { value: unknown }) => {
      const value = payload.value as Record<string, unknown> | null;
      return typeof value === 'object' && value !== null && Array.isArray(value[field]);
    },
  };
}

/** Flags every repeat after the first, at its own path (e.g. `competencies.3.key`). */
function reportDuplicateKeys(
  items: readonly unknown[],
  path: (string | number)[],
  ctx: z.RefinementCtx,
  message: (key: string) => string,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = (item as { key?: unknown } | null)?.key;
    if (typeof key !== 'string') return;
    if (seen.has(key)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'key'], message: message(key) });
    }
    seen.add(key);
  });
}

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type Competency = z.infer<typeof competencySchema>;

/** What leaders choose from: competencies and behaviors in use, in the admins' order. */
export function inUse(framework: FrameworkFile): FrameworkFile {
  return {
    ...framework,
    competencies: framework.competencies
      .filter((competency) => !competency.retired)
      .map((competency) => ({
        ...competency,
        behaviors: competency.behaviors.filter((behavior) => !behavior.retired),
      })),
  };
}

/** The answer of GET …/framework, as the OpenAPI document and the web client read it. */
export const activeFrameworkSchema = z.object({
  framework: frameworkFileSchema,
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  /** The saved version this is (1, 2, …); 0 for the built-in framework never saved here. */
  version: z.number().int().min(0),
});

/** Saving an edited framework: on top of the version the editor started from. */
export const saveFrameworkVersionSchema = z.object({
  baseVersion: z.number({ error: 'The version you started from is missing; reload the page' }).int().min(0),
  framework: frameworkFileSchema,
});

export const frameworkVersionSchema = z.object({
  version: z.number().int(),
  summary: z.string(),
  createdAt: z.string(),
  /** Null when the account that saved it was deleted since. */
  author: z.string().nullable(),
});
export const frameworkHistorySchema = z.object({ versions: z.array(frameworkVersionSchema) });
export const frameworkVersionSavedSchema = z.object({ version: z.number().int() });
export type ActiveFramework = z.infer<typeof activeFrameworkSchema>;
