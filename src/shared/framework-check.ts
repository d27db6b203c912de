import { type FrameworkFile, frameworkFileSchema } from './framework';

/** One problem in a framework file, at its path such as `competencies.3.behaviors.2.key`. */
export type FrameworkIssue = { path: string; message: string };
export type FrameworkCheck =
  | { ok: true; framework: FrameworkFile }
  | { ok: false; issues: FrameworkIssue[]; issueCount: number };

// Enough for someone fixing a file by hand to work through in one go, without a file that is
// wrong everywhere producing a response as large as itself.
export const maxReportedIssues = 50;

/**
 * Checks a framework file and lists every problem at its path. The browser runs it before
 * uploading and the server again on import, so both report the same problems in the same words.
 */
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
