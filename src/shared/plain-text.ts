import type { z } from 'zod';

/**
 * Text people type that ends up in pages, mail subjects and exports. Both helpers normalize to NFC,
 * so "é" typed two ways is one name, and refuse characters that change how the text around them
 * looks without being seen: direction overrides that reorder a line (an "exe.txt" that reads
 * "txt.exe"), invisible separators that make two names look alike, and stacks of accents that
 * spill over neighbouring lines.
 */

// Embeddings, overrides and isolates reorder the text after them: refused everywhere.
const directionOverrides = /[\u202A-\u202E\u2066-\u2069]/;
// Marks that only nudge neutral characters; refused in names, where nothing needs them.
const directionMarks = /[\u200E\u200F\u061C]/;
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/;
// C0 and C1 controls (tab and line breaks among them), and the Unicode line and paragraph separators.
const controlsAndBreaks = /[\p{Cc}\u2028\u2029]/u;
// Controls other than tab and line breaks, for text that may span lines.
const controlsButBreaks = /(?![\t\n\r])\p{Cc}/u;
/** Written languages need at most three marks on one letter; more is decoration meant to overflow. */
export const maxCombiningMarks = 3;
const combiningRun = new RegExp(`\\p{M}{${maxCombiningMarks + 1},}`, 'u');

/** What is wrong with a one-line name or title, in words for `field`; null when nothing is. */
export function singleLineProblem(field: string, value: string): string | null {
  if (controlsAndBreaks.test(value))
    return `${field} must be one line, without line breaks or control characters`;
  if (directionOverrides.test(value) || directionMarks.test(value))
    return `${field} must not contain invisible direction characters (such as a right-to-left override)`;
  if (zeroWidth.test(value)) return `${field} must not contain zero-width or other invisible characters`;
  if (combiningRun.test(value))
    return `${field} must not stack more than ${maxCombiningMarks} accent marks on one letter`;
  return null;
}

/** What is wrong with text that may span lines (a note, a message, an answer); null when nothing is. */
export function multiLineProblem(field: string, value: string): string | null {
  if (controlsButBreaks.test(value)) return `${field} must not contain control characters`;
  if (directionOverrides.test(value))
    return `${field} must not contain invisible direction overrides (such as a right-to-left override)`;
  return null;
}

function refusing(field: string, problem: (field: string, value: string) => string | null) {
  return (value: string, ctx: z.RefinementCtx) => {
    const message = problem(field, value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };
}

/** A name or title: NFC, one line, nothing invisible. `field` starts the message, e.g. "Name". */
export function singleLineText(field: string, schema: z.ZodString): z.ZodString {
  return schema.normalize('NFC').superRefine(refusing(field, singleLineProblem));
}

/** Free text that keeps its line breaks: NFC, no control characters, no direction overrides. */
export function multiLineText(field: string, schema: z.ZodString): z.ZodString {
  return schema.normalize('NFC').superRefine(refusing(field, multiLineProblem));
}
