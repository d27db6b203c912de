import { useRef } from 'react';
import { useFetcher } from 'react-router';
import { errorsOf, type FormResult } from '../forms';
import { useFocusFirstError } from './focus-first-error';

/**
 * A form posted through a fetcher, as every small in-page form is: its errors, with focus moved
 * to the first one when they come, and the message of a success once the request has settled.
 */
export function useFormFetcher() {
  const fetcher = useFetcher<FormResult>();
  const errors = errorsOf(fetcher.data);
  const succeeded = fetcher.state === 'idle' && fetcher.data?.ok ? fetcher.data.message : undefined;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, errors);
  return { fetcher, errors, succeeded, form };
}
