import {
  type BulkStakeholdersResult,
  bulkStakeholdersResultSchema,
  bulkStakeholdersSchema,
  stakeholderAnswerSchema,
  stakeholderInputSchema,
} from '../../shared/stakeholders';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import {
  errorsFromFailure,
  type FormErrors,
  type FormResult,
  failed,
  outOfDateForm,
  readForm,
  validate,
} from '../forms';
import { stakeholderApiPath, stakeholdersApiPath } from './stakeholders-data';
import { stakeholdersText } from './stakeholders-text';

export const stakeholderIntents = {
  add: 'add-stakeholder',
  checkList: 'check-list',
  addList: 'add-list',
  update: 'update-stakeholder',
  remove: 'remove-stakeholder',
} as const;

export const stakeholderInputs = ['name', 'email', 'relationshipGroup'] as const;

/** A checked or added list: who is (or would be) added, and every line that is not. */
export type ListResult =
  | { ok: false; errors: FormErrors }
  | { ok: true; message?: string; dryRun: boolean; text: string; result: BulkStakeholdersResult };

const refused = (errors: FormErrors): ListResult => ({ ok: false, errors });

async function addStakeholder(request: Request, workspaceId: string, values: Record<string, string>) {
  const checked = validate(stakeholderInputSchema, values, stakeholderInputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPost(stakeholdersApiPath(workspaceId), checked.data, stakeholderAnswerSchema, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, stakeholderInputs));
  }
  return {
    ok: true,
    message: stakeholdersText('message.added', { name: checked.data.name }),
  } satisfies FormResult;
}

async function sendList(
  request: Request,
  workspaceId: string,
  values: Record<string, string>,
  dryRun: boolean,
): Promise<ListResult> {
  const text = values.text ?? '';
  if (!text.trim()) return refused({ fieldErrors: { text: stakeholdersText('message.pasteSomeone') } });
  const checked = validate(bulkStakeholdersSchema, { text, dryRun }, ['text']);
  if ('errors' in checked) return refused(checked.errors);
  let result: BulkStakeholdersResult;
  try {
    result = await apiPost(
      `${stakeholdersApiPath(workspaceId)}/bulk`,
      checked.data,
      bulkStakeholdersResultSchema,
      {
        request,
      },
    );
  } catch (error) {
    return refused(errorsFromFailure(error, ['text']));
  }
  const message = dryRun ? undefined : stakeholdersText('message.listAdded', { count: result.added.length });
  return { ok: true, message, dryRun, text, result };
}

async function updateStakeholder(request: Request, values: Record<string, string>) {
  const checked = validate(stakeholderInputSchema, values, stakeholderInputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPut(stakeholderApiPath(values.stakeholderId ?? ''), checked.data, stakeholderAnswerSchema, {
      request,
    });
  } catch (error) {
    return failed(errorsFromFailure(error, stakeholderInputs));
  }
  return {
    ok: true,
    message: stakeholdersText('message.saved', { name: checked.data.name }),
  } satisfies FormResult;
}

async function removeStakeholder(request: Request, values: Record<string, string>) {
  try {
    await apiDelete(stakeholderApiPath(values.stakeholderId ?? ''), noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
  const message = values.name
    ? stakeholdersText('message.removed', { name: values.name })
    : stakeholdersText('message.removedSomeone');
  return { ok: true, message } satisfies FormResult;
}

/** One action for the page; each form names the change it asks for in a hidden "intent" field. */
export async function stakeholdersAction({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const workspaceId = params.workspaceId ?? '';
  const { intent, ...values } = await readForm(request);
  if (intent === stakeholderIntents.add) return addStakeholder(request, workspaceId, values);
  if (intent === stakeholderIntents.checkList) return sendList(request, workspaceId, values, true);
  if (intent === stakeholderIntents.addList) return sendList(request, workspaceId, values, false);
  if (intent === stakeholderIntents.update) return updateStakeholder(request, values);
  if (intent === stakeholderIntents.remove) return removeStakeholder(request, values);
  return failed(outOfDateForm);
}
