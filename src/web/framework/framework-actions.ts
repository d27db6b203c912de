import { ApiError, apiDelete, apiPut, noContent } from '../api';
import { type FormErrors, outOfDateForm } from '../forms';
import { frameworkApiPath } from './framework-data';
import { checkFramework, type FrameworkIssue, issuesFromFailure } from './framework-file';

export const frameworkIntents = { import: 'import-framework', reset: 'reset-framework' } as const;

/** Like FormResult, with every problem in a refused file listed at its path. */
export type FrameworkResult =
  | { ok: false; errors: FormErrors; issues: FrameworkIssue[] }
  | { ok: true; message: string };

const refused = (formError: string, issues: FrameworkIssue[] = []): FrameworkResult => ({
  ok: false,
  errors: { fieldErrors: {}, formError },
  issues,
});

async function importFramework(
  request: Request,
  workspaceId: string,
  file: unknown,
): Promise<FrameworkResult> {
  // Checked again here, as every action checks its input, so a file with problems is never sent.
  const checked = checkFramework(file);
  if (!checked.ok) return refused('This file cannot be imported. Nothing was uploaded.', checked.issues);
  try {
    await apiPut(frameworkApiPath(workspaceId), checked.file, noContent, { request });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return refused(error.message, issuesFromFailure(error));
  }
  return {
    ok: true,
    message: `Imported “${checked.framework.name}”. New growth cycles choose from its competencies.`,
  };
}

async function resetFramework(request: Request, workspaceId: string): Promise<FrameworkResult> {
  try {
    await apiDelete(frameworkApiPath(workspaceId), noContent, { request });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return refused(error.message);
  }
  return { ok: true, message: 'This workspace uses the default framework again.' };
}

/** Forms on this page send JSON: an imported file is a JSON document, not form fields. */
export async function frameworkAction({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}): Promise<FrameworkResult> {
  const workspaceId = params.workspaceId ?? '';
  const body = (await request.json().catch(() => ({}))) as { intent?: string; file?: unknown };
  if (body.intent === frameworkIntents.import) return importFramework(request, workspaceId, body.file);
  if (body.intent === frameworkIntents.reset) return resetFramework(request, workspaceId);
  return refused(outOfDateForm.formError);
}
