import { type ReactNode, useState } from 'react';
import { useCommonText } from '../i18n/common-text';
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
export function CopyButton({ text, label, copiedLabel, announcement, fallback }: CopyButtonProps) {
  const t = useCommonText();
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
        {state === 'copied' ? (copiedLabel ?? t('copy.copied')) : label}
      </Button>
      <span role="status" className={state === 'failed' ? 'copy-status' : 'visually-hidden'}>
        {state === 'copied'
          ? (announcement ?? t('copy.announcement'))
          : state === 'failed'
            ? (fallback ?? t('copy.fallback'))
            : ''}
      </span>
    </span>
  );
}
