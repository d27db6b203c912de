import { type FrameworkFile, frameworkFileSchema } from '../../shared/framework';
import type { ApiError } from '../api';

/** One problem in a framework file, at its path such as `competencies.3.behaviors.2.key`. */
export type FrameworkIssue = { path: string; message: string };

export type FrameworkCheck =
  | { ok: true; file: unknown; framework: FrameworkFile }
  | { ok: false; issues: FrameworkIssue[]; file?: unknown };

// Files are a few dozen kilobytes; anything near this is not a framework someone edited by hand.
const maxFileBytes = 1_000_000;

/**
 * Checks a framework with the same schema the server uses, so every problem is listed before
 * anything is uploaded. `file` is what gets uploaded: the JSON exactly as it was written.
 */
export function checkFramework(file: unknown): FrameworkCheck {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return {
      ok: false,
      issues: [
        { path: '', message: 'A framework file must be a JSON object with version, name and competencies' },
      ],
    };
  }
  const parsed = frameworkFileSchema.safeParse(file);
  if (parsed.success) return { ok: true, file, framework: parsed.data };
  return {
    ok: false,
    file,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

export async function readFrameworkFile(chosen: File): Promise<FrameworkCheck> {
  if (chosen.size > maxFileBytes) {
    return {
      ok: false,
      issues: [{ path: '', message: 'This file is too large to be a framework (over 1 MB)' }],
    };
  }
  let file: unknown;
  try {
    file = JSON.parse(await chosen.text());
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return { ok: false, issues: [{ path: '', message: `This file is not valid JSON${detail}` }] };
  }
  return checkFramework(file);
}

/** The problems the server listed for a refused file (`error.issues`), or none. */
export function issuesFromFailure(error: ApiError): FrameworkIssue[] {
  const issues = error.details.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is FrameworkIssue => typeof issue?.path === 'string' && typeof issue?.message === 'string',
  );
}

export function frameworkFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'framework'}.json`;
}

/**
 * Saves the framework as a file through a temporary object URL: nothing leaves the browser, and
 * the page's Content-Security-Policy does not govern a download link.
 */
export function downloadFramework(framework: FrameworkFile): string {
  const fileName = frameworkFileName(framework.name);
  const blob = new Blob([`${JSON.stringify(framework, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; a generous delay keeps slower browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return fileName;
}
