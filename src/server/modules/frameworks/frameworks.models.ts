import type { FrameworkIssue } from '../../../shared/framework-check';

/** One sentence for the top of the form; the full list comes alongside it. */
export function summarizeIssues(issues: readonly FrameworkIssue[], issueCount: number): string {
  const first = issues[0];
  if (!first) return 'This framework file cannot be imported.';
  const where = first.path ? ` (at ${first.path})` : '';
  const others = issueCount - 1;
  const more =
    others > 0 ? ` There ${others === 1 ? 'is 1 more problem' : `are ${others} more problems`}.` : '';
  return `This framework file cannot be imported: ${first.message}${where}.${more} Nothing was changed.`;
}
