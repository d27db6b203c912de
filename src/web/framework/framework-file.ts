import type { FrameworkFile } from '../../shared/framework';
import { checkFrameworkFile, type FrameworkIssue } from '../../shared/framework-check';
import type { ApiError } from '../api';
import { frameworkText } from './framework-text';

export type { FrameworkIssue };

export type FrameworkCheck =
  | { ok: true; file: unknown; framework: FrameworkFile }
  | { ok: false; issues: FrameworkIssue[]; file?: unknown };

// Files are a few dozen kilobytes; anything near this is not a framework someone edited by hand.
const maxFileBytes = 1_000_000;

/** The server's own check, run before uploading. `file` is what gets uploaded: the JSON as written. */
export function checkFramework(file: unknown): FrameworkCheck {
  const checked = checkFrameworkFile(file);
  return checked.ok
    ? { ok: true, file, framework: checked.framework }
    : { ok: false, file, issues: checked.issues };
}

export async function readFrameworkFile(chosen: File): Promise<FrameworkCheck> {
  if (chosen.size > maxFileBytes) {
    return {
      ok: false,
      issues: [{ path: '', message: frameworkText('file.tooLarge') }],
    };
  }
  let file: unknown;
  try {
    file = JSON.parse(await chosen.text());
  } catch (error) {
    const message =
      error instanceof SyntaxError
        ? frameworkText('file.notJsonBecause', { reason: error.message })
        : frameworkText('file.notJson');
    return { ok: false, issues: [{ path: '', message }] };
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
