import type { AnswerPage } from '../../shared/rounds';
import { ApiError, apiGet, apiPost } from '../api';

/** A link that cannot be used (any more) is a page of its own, not an error. */
export type AnswerProblem = { code: string; message: string };

export type AnswerResult =
  | { ok: true; message: string }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string; problem?: AnswerProblem };

function problemOf(error: unknown): AnswerProblem | null {
  if (error instanceof ApiError && (error.status === 410 || error.status === 409)) {
    return { code: error.code, message: error.message };
  }
  return null;
}

// The token lives in an http-only cookie set by /a/:token; the page itself never sees it.
export async function answerLoader({ request }: { request: Request }) {
  try {
    const { page } = await apiGet<{ page: AnswerPage }>('/api/answer', {
      request,
      redirectWhenSignedOut: false,
    });
    return { page, problem: null };
  } catch (error) {
    const problem = problemOf(error);
    if (problem) return { page: null, problem };
    throw error;
  }
}

export async function answerAction({ request }: { request: Request }): Promise<AnswerResult> {
  const body = await request.json();
  try {
    const { message } = await apiPost<{ message: string }>('/api/answer', body, {
      request,
      redirectWhenSignedOut: false,
    });
    return { ok: true, message };
  } catch (error) {
    const problem = problemOf(error);
    if (problem) return { ok: false, fieldErrors: {}, problem };
    if (!(error instanceof ApiError)) throw error;
    if (error.field?.startsWith('answers.'))
      return { ok: false, fieldErrors: { [error.field]: error.message } };
    return { ok: false, fieldErrors: {}, formError: error.message };
  }
}

/** Once answered, the cookie is gone: reading the page again would only report a dead link. */
export const answerShouldRevalidate = () => false;
