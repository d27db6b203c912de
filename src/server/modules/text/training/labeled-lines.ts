/**
 * Training and held-out data are written one example a line, "label | text", so hundreds of them
 * stay readable and reviewable. Lines starting with "#" are comments.
 */
export function labeledLines<Label extends string>(
  block: string,
  labels: Readonly<Record<string, Label>>,
): Array<{ label: Label; text: string }> {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const bar = line.indexOf('|');
      const label = labels[line.slice(0, bar).trim()];
      if (bar < 0 || label === undefined) throw new Error(`Unlabeled training line: ${line}`);
      return { label, text: line.slice(bar + 1).trim() };
    });
}
