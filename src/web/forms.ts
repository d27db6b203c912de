import type { ShouldRevalidateFunction } from 'react-router';
import type { z } from 'zod';
import { ApiError } from './api';
import { serverText } from './i18n/server-messages';

/** What a form shows after a failed submit: messages beside inputs, and one for the whole form. */
export type FormErrors = { fieldErrors: Record<string, string>; formError?: string };

export type FormResult = { ok: false; errors: FormErrors } | { ok: true; message?: string };

export async function readForm(request: Request): Promise<Record<string, string>> {
  const entries = [...(await request.formData()).entries()];
  return Object.fromEntries(entries.map(([name, value]) => [name, typeof value === 'string' ? value : '']));
}

/**
 * Validates in the browser with the same schema the server uses, so most mistakes never leave the page.
 * `inputs` are the fields the form shows; a problem with anything else is reported for the whole form.
 */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  values: unknown,
  inputs: readonly string[],
): { data: z.output<Schema> } | { errors: FormErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    // The shared schemas speak English; the leader reads their messages in the screen's language.
    const message = serverText(issue.message);
    if (typeof field === 'string' && inputs.includes(field)) fieldErrors[field] ??= message;
    else formError ??= message;
  }
  return { errors: { fieldErrors, formError } };
}

/** The server's message goes beside the input it names, or above the form when it names none. */
export function errorsFromFailure(error: unknown, inputs: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) throw error;
  if (error.field && inputs.includes(error.field)) {
    return { fieldErrors: { [error.field]: error.message } };
  }
  return { fieldErrors: {}, formError: error.message };
}

/** What an action answers a form it does not know: the page was loaded before the app changed. */
export const outOfDateForm = {
  fieldErrors: {},
  // Read when shown, so it is in the language the screen is in then.
  get formError() {
    return serverText('This form is out of date. Reload the page and try again.');
  },
} satisfies FormErrors;

export const failed = (errors: FormErrors): FormResult => ({ ok: false, errors });

export function errorsOf(result: FormResult | undefined): FormErrors {
  return result && !result.ok ? result.errors : { fieldErrors: {} };
}

/**
 * A form the browser or the server refused changed nothing, so reloading the page's data after it
 * would only cost requests (and keep buttons busy longer).
 */
export const skipRevalidationAfterRefusal: ShouldRevalidateFunction = ({
  actionResult,
  defaultShouldRevalidate,
}) => ((actionResult as FormResult | undefined)?.ok === false ? false : defaultShouldRevalidate);
