import { redirect } from 'react-router';
import { adminTransferSchema, memberRolesSchema } from '../../shared/workspaces';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import { setFlash } from '../flash';
import { errorsFromFailure, type FormResult, failed, validate } from '../forms';
import { workspaceApiPath } from './workspace-data';
import { workspaceText } from './workspace-text';

export const memberIntents = {
  roles: 'change-member-roles',
  remove: 'remove-member',
  transfer: 'transfer-admin',
  leave: 'leave-organization',
} as const;

async function attempt(work: () => Promise<unknown>, message: string): Promise<FormResult> {
  try {
    await work();
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
  return { ok: true, message };
}

/** The members list's changes, by intent; undefined for any other form of the page. */
export async function memberAction(
  request: Request,
  workspaceId: string,
  intent: string | undefined,
  values: Record<string, string>,
): Promise<FormResult | Response | undefined> {
  const base = workspaceApiPath(workspaceId);
  const member = `${base}/members/${encodeURIComponent(values.userId ?? '')}`;
  const name = values.name ?? workspaceText('members.theMember');
  if (intent === memberIntents.roles) {
    const roles = (values.roles ?? '').split(',').filter(Boolean);
    const checked = validate(memberRolesSchema, { roles }, []);
    if ('errors' in checked) return failed(checked.errors);
    return attempt(
      () => apiPut(`${member}/roles`, checked.data, noContent, { request }),
      workspaceText('members.rolesChanged', { name }),
    );
  }
  if (intent === memberIntents.remove) {
    return attempt(
      () => apiDelete(member, noContent, { request }),
      workspaceText('members.removed', { name }),
    );
  }
  if (intent === memberIntents.transfer) {
    const checked = validate(adminTransferSchema, { toUserId: values.userId ?? '' }, []);
    if ('errors' in checked) return failed(checked.errors);
    return attempt(
      () => apiPost(`${base}/admin-transfer`, checked.data, noContent, { request }),
      workspaceText('members.transferred', { name }),
    );
  }
  if (intent === memberIntents.leave) {
    const result = await attempt(() => apiPost(`${base}/leave`, {}, noContent, { request }), '');
    if (!result.ok) return result;
    setFlash(workspaceText('members.left'));
    return redirect('/');
  }
  return undefined;
}
