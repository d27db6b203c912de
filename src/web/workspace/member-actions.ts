// i18n: not yet translated
import { redirect } from 'react-router';
import { adminTransferSchema, memberRolesSchema } from '../../shared/workspaces';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import { setFlash } from '../flash';
import { errorsFromFailure, type FormResult, failed, validate } from '../forms';
import { workspaceApiPath } from './workspace-data';

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
  const name = values.name ?? 'The member';
  if (intent === memberIntents.roles) {
    const roles = (values.roles ?? '').split(',').filter(Boolean);
    const checked = validate(memberRolesSchema, { roles }, []);
    if ('errors' in checked) return failed(checked.errors);
    return attempt(
      () => apiPut(`${member}/roles`, checked.data, noContent, { request }),
      `${name}'s roles were changed.`,
    );
  }
  if (intent === memberIntents.remove) {
    return attempt(
      () => apiDelete(member, noContent, { request }),
      `${name} was removed. Their growth cycles stay theirs, in their personal workspace.`,
    );
  }
  if (intent === memberIntents.transfer) {
    const checked = validate(adminTransferSchema, { toUserId: values.userId ?? '' }, []);
    if ('errors' in checked) return failed(checked.errors);
    return attempt(
      () => apiPost(`${base}/admin-transfer`, checked.data, noContent, { request }),
      `${name} is now an admin, and you no longer are.`,
    );
  }
  if (intent === memberIntents.leave) {
    const result = await attempt(() => apiPost(`${base}/leave`, {}, noContent, { request }), '');
    if (!result.ok) return result;
    setFlash(
      'You left the organization. Your growth cycles and stakeholders are in your personal workspace.',
    );
    return redirect('/');
  }
  return undefined;
}
