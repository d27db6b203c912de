import { useCallback, useEffect, useState } from 'react';
import { type AnswerPage, answerPageAnswerSchema, answersSavedSchema } from '../../shared/answer-page';
import { ApiError, apiGet, apiPost } from '../api';

/** A link that cannot be used (any more) is a page of its own, not an error. */
export type AnswerProblem = { code: string; message: string };

export type AnswerResult =
  | { ok: true; message: string }
  | {
      ok: false;
      fieldErrors: Record<string, string>;
      formError?: string;
      problem?: AnswerProblem;
      /** The answers never reached the server (a dropped connection); the page says so in its language. */
      unsent?: true;
    };

function problemOf(error: unknown): AnswerProblem | null {
  if (error instanceof ApiError && (error.status === 410 || error.status === 409)) {
    return { code: error.code, message: error.message };
  }
  return null;
}

export type AnswerPageData = { page: AnswerPage; problem: null } | { page: null; problem: AnswerProblem };

// The token lives in an http-only cookie set by /a/:token; the page itself never sees it.
export async function loadAnswerPage(): Promise<AnswerPageData> {
  try {
    const { page } = await apiGet('/api/answer', answerPageAnswerSchema, { redirectWhenSignedOut: false });
    return { page, problem: null };
  } catch (error) {
    const problem = problemOf(error);
    if (problem) return { page: null, problem };
    throw error;
  }
}

export async function sendAnswers(body: unknown): Promise<AnswerResult> {
  try {
    const { message } = await apiPost('/api/answer', body, answersSavedSchema, {
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

/**
 * The page's data, read once: once answered the cookie is gone, so reading it again would only report a
 * dead link. Plain React state rather than a router loader, since the answer page has no router (it
 * must stay small on a phone's connection).
 */
export function useAnswerPageData(): AnswerPageData | 'loading' | 'failed' {
  const [data, setData] = useState<AnswerPageData | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    loadAnswerPage().then(
      (loaded) => current && setData(loaded),
      () => current && setData('failed'),
    );
    return () => {
      current = false;
    };
  }, []);
  return data;
}

export type AnswerSubmission = {
  state: 'idle' | 'submitting';
  data: AnswerResult | undefined;
  submit: (body: unknown) => void;
};

/** Sends the answers once at a time; `data` is the latest outcome, as a router fetcher would hold it. */
export function useAnswerSubmission(): AnswerSubmission {
  const [state, setState] = useState<'idle' | 'submitting'>('idle');
  const [data, setData] = useState<AnswerResult | undefined>(undefined);
  const submit = useCallback((body: unknown) => {
    setState('submitting');
    sendAnswers(body).then(
      (result) => {
        setData(result);
        setState('idle');
      },
      () => {
        setData({ ok: false, fieldErrors: {}, unsent: true });
        setState('idle');
      },
    );
  }, []);
  return { state, data, submit };
}
