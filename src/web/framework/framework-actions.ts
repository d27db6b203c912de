import {
  type ActiveFramework,
  activeFrameworkSchema,
  type FrameworkFile,
  frameworkHistorySchema,
  frameworkVersionSavedSchema,
} from '../../shared/framework';
import { ApiError, apiDelete, apiGet, apiPost, apiPut, noContent } from '../api';
import { type FormErrors, outOfDateForm } from '../forms';
import { frameworkApiPath, frameworkVersionsApiPath } from './framework-data';
import { checkFramework, type FrameworkIssue, issuesFromFailure } from './framework-file';
import { frameworkText } from './framework-text';

export const frameworkIntents = {
  import: 'import-framework',
  reset: 'reset-framework',
  save: 'save-framework-version',
} as const;

/** Someone saved a newer version while this admin was editing: what they saved, and who. */
export type FrameworkConflict = { active: ActiveFramework; author: string | null; summary: string };

/** Like FormResult, with every problem in a refused file listed at its path. */
export type FrameworkResult =
  | { ok: false; errors: FormErrors; issues: FrameworkIssue[]; conflict?: FrameworkConflict }
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
  if (!checked.ok) return refused(frameworkText('actions.importRefused'), checked.issues);
  try {
    await apiPut(frameworkApiPath(workspaceId), checked.file, noContent, { request });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return refused(error.message, issuesFromFailure(error));
  }
  return {
    ok: true,
    message: frameworkText('actions.imported', { name: checked.framework.name }),
  };
}

async function resetFramework(request: Request, workspaceId: string): Promise<FrameworkResult> {
  try {
    await apiDelete(frameworkApiPath(workspaceId), noContent, { request });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return refused(error.message);
  }
  return { ok: true, message: frameworkText('actions.reset') };
}

/**
 * Saves the editor's framework on top of the version it started from. When another admin saved
 * first (409), the answer carries their version, so the editor can offer to apply the admin's
 * changes on top of it without losing anything typed.
 */
async function saveVersion(
  request: Request,
  workspaceId: string,
  body: { baseVersion?: unknown; framework?: unknown },
): Promise<FrameworkResult> {
  try {
    const { version } = await apiPost(
      frameworkVersionsApiPath(workspaceId),
      { baseVersion: body.baseVersion, framework: body.framework },
      frameworkVersionSavedSchema,
      { request },
    );
    return {
      ok: true,
      message: frameworkText('actions.saved', { version }),
    };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status !== 409) return refused(error.message, issuesFromFailure(error));
    const [active, { versions }] = await Promise.all([
      apiGet(frameworkApiPath(workspaceId), activeFrameworkSchema, { request }),
      apiGet(frameworkVersionsApiPath(workspaceId), frameworkHistorySchema, { request }),
    ]);
    const latest = versions.find((entry) => entry.version === active.version);
    return {
      ok: false,
      errors: { fieldErrors: {}, formError: error.message },
      issues: [],
      conflict: { active, author: latest?.author ?? null, summary: latest?.summary ?? '' },
    };
  }
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
  const body = (await request.json().catch(() => ({}))) as {
    intent?: string;
    file?: unknown;
    baseVersion?: unknown;
    framework?: FrameworkFile;
  };
  if (body.intent === frameworkIntents.import) return importFramework(request, workspaceId, body.file);
  if (body.intent === frameworkIntents.reset) return resetFramework(request, workspaceId);
  if (body.intent === frameworkIntents.save) return saveVersion(request, workspaceId, body);
  return refused(outOfDateForm.formError);
}
