import { type RefObject, useEffect } from 'react';

/**
 * After a refused submit, focus goes to the first input to fix — including the first option of a
 * radio or checkbox group (a fieldset marked data-invalid) — or else to the form's own message.
 * `trigger` changes once per refusal (the action's result, or a local errors object).
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, trigger: unknown) {
  useEffect(() => {
    const root = form.current;
    if (!root || !trigger) return;
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input') ??
      root.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    if (!target.hasAttribute('tabindex') && target.getAttribute('role') === 'alert') target.tabIndex = -1;
    target.focus();
  }, [form, trigger]);
}
