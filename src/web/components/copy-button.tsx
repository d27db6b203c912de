// i18n: not yet translated
import { type ReactNode, useState } from 'react';
import { Button } from './button';

type CopyButtonProps = {
  text: string;
  label: ReactNode;
  copiedLabel?: string;
  announcement?: string;
  /** What to do where the clipboard is refused. */
  fallback?: string;
};

/**
 * Copies text to the clipboard. The button itself says "Copied" (so the layout does not shift) and a
 * live region announces it; where the clipboard is refused, a visible note says what to do instead.
 */
export function CopyButton({
  text,
  label,
  copiedLabel = 'Copied',
  announcement = 'Copied to the clipboard.',
  fallback = 'Select the link and copy it yourself.',
}: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy-control">
      <Button variant="secondary" className="copy-button" onClick={copy}>
        {state === 'copied' ? copiedLabel : label}
      </Button>
      <span role="status" className={state === 'failed' ? 'copy-status' : 'visually-hidden'}>
        {state === 'copied' ? announcement : state === 'failed' ? fallback : ''}
      </span>
    </span>
  );
}
