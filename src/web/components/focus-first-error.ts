import { type RefObject, useEffect } from 'react';
import type { FormErrors } from '../forms';

/**
 * After a failed submit, keyboard and screen-reader users land on the first input to fix (or on the
 * form's message when no input is at fault) instead of wherever focus happened to be.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: FormErrors) {
  useEffect(() => {
    const root = form.current;
    if (!root) return;
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      (errors.formError ? root.querySelector<HTMLElement>('[role="alert"]') : null);
    if (!target) return;
    if (!target.hasAttribute('tabindex') && target.getAttribute('role') === 'alert') target.tabIndex = -1;
    target.focus();
  }, [form, errors]);
}
