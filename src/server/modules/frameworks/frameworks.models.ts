import { type FrameworkFile, frameworkFileSchema } from '../../../shared/framework';

export type FrameworkIssue = { path: string; message: string };
export type FrameworkCheck =
  | { ok: true; framework: FrameworkFile }
  | { ok: false; issues: FrameworkIssue[]; issueCount: number };

// Enough for someone fixing a file by hand to work through in one go, without a file that is
// wrong everywhere producing a response as large as itself.
export const maxReportedIssues = 50;

/** Checks an uploaded file and lists every problem at its path, like `competencies.3.behaviors.2.key`. */
export function checkFrameworkFile(file: unknown): FrameworkCheck {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return {
      ok: false,
      issues: [
        { path: '', message: 'A framework file must be a JSON object with version, name and competencies' },
      ],
      issueCount: 1,
    };
  }
  const parsed = frameworkFileSchema.safeParse(file);
  if (parsed.success) return { ok: true, framework: parsed.data };
  const issues = parsed.error.issues
    .slice(0, maxReportedIssues)
    .map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { ok: false, issues, issueCount: parsed.error.issues.length };
}

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
