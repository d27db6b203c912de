import {
  declineRoundSchema,
  roundApprovedSchema,
  stakeholderPolicySchema,
} from '../../shared/stakeholder-policy';
import { apiPost, apiPut, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed, validate } from '../forms';
import { workspaceApiPath } from './workspace-data';
import { workspaceText } from './workspace-text';

export const stakeholderPolicyIntents = {
  policy: 'set-stakeholder-policy',
  approve: 'approve-round',
  decline: 'decline-round',
} as const;

const approvalPath = (approvalId: string, decision: 'approve' | 'decline') =>
  `/api/round-approvals/${encodeURIComponent(approvalId)}/${decision}`;

/** Domains as people type them: separated by commas, spaces or new lines. */
const domainsFrom = (text = '') => text.split(/[\s,;]+/).filter(Boolean);

async function setStakeholderPolicy(request: Request, workspaceId: string, values: Record<string, string>) {
  const input = {
    emailDomains: domainsFrom(values.emailDomains),
    approvalRequired: values.approvalRequired === 'on',
  };
  const checked = validate(stakeholderPolicySchema, input, ['emailDomains', 'approvalRequired']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPut(`${workspaceApiPath(workspaceId)}/stakeholder-policy`, checked.data, noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, ['emailDomains', 'approvalRequired']));
  }
  return { ok: true, message: workspaceText('policy.saved') } satisfies FormResult;
}

async function decide(request: Request, values: Record<string, string>, decision: 'approve' | 'decline') {
  const approvalId = values.approvalId ?? '';
  try {
    if (decision === 'approve') {
      await apiPost(approvalPath(approvalId, 'approve'), {}, roundApprovedSchema, { request });
      return {
        ok: true,
        message: workspaceText('policy.approved'),
      } satisfies FormResult;
    }
    const checked = validate(declineRoundSchema, { reason: values.reason ?? '' }, ['reason']);
    if ('errors' in checked) return failed(checked.errors);
    await apiPost(approvalPath(approvalId, 'decline'), checked.data, noContent, { request });
    return { ok: true, message: workspaceText('policy.declined') } satisfies FormResult;
  } catch (error) {
    return failed(errorsFromFailure(error, ['reason']));
  }
}

/** The workspace page's forms for the organization's stakeholder rules and waiting lists, or null. */
export function stakeholderPolicyAction(
  request: Request,
  workspaceId: string,
  intent: string | undefined,
  values: Record<string, string>,
) {
  if (intent === stakeholderPolicyIntents.policy) return setStakeholderPolicy(request, workspaceId, values);
  if (intent === stakeholderPolicyIntents.approve) return decide(request, values, 'approve');
  if (intent === stakeholderPolicyIntents.decline) return decide(request, values, 'decline');
  return null;
}
