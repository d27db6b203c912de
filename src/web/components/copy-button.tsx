import { type ReactNode, useState } from 'react';
import { Button } from './button';

/** Copies text to the clipboard and says so in a live region; where the clipboard is refused, says how instead. */
export function CopyButton({
  text,
  label,
  copiedLabel = 'Copied.',
}: {
  text: string;
  label: ReactNode;
  copiedLabel?: string;
}) {
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
      <Button variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span role="status" className="copy-status">
        {state === 'copied' ? copiedLabel : state === 'failed' ? 'Select the link and copy it yourself.' : ''}
      </span>
    </span>
  );
}
