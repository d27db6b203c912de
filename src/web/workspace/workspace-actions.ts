import { retentionSchema } from '../../shared/data-rights';
import { localeNames } from '../../shared/i18n/locales';
import { type MemberInvited, memberInvitedSchema } from '../../shared/mail';
import {
  anonymityThresholdSchema,
  inviteMemberSchema,
  workspaceLanguageSchema,
  workspaceTimeZoneSchema,
} from '../../shared/workspaces';
import { apiPost, apiPut, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed, outOfDateForm, readForm, validate } from '../forms';
import { memberAction } from './member-actions';
import { ssoAction } from './sso-actions';
import { stakeholderPolicyAction } from './stakeholder-policy-actions';
import { workspaceApiPath } from './workspace-data';
import { workspaceText } from './workspace-text';

export const workspaceIntents = {
  invite: 'invite-member',
  anonymity: 'set-anonymity',
  retention: 'set-retention',
  timeZone: 'set-time-zone',
  language: 'set-language',
} as const;

async function inviteMember(request: Request, workspaceId: string, values: Record<string, string>) {
  const checked = validate(inviteMemberSchema, values, ['email', 'role']);
  if ('errors' in checked) return failed(checked.errors);
  let invited: MemberInvited;
  try {
    invited = await apiPost(
      `${workspaceApiPath(workspaceId)}/invitations`,
      checked.data,
      memberInvitedSchema,
      {
        request,
      },
    );
  } catch (error) {
    return failed(errorsFromFailure(error, ['email', 'role']));
  }
  const message =
    invited.delivery === 'email'
      ? workspaceText('invite.sent', { email: checked.data.email })
      : workspaceText('invite.held', { email: checked.data.email });
  return { ok: true, message } satisfies FormResult;
}

async function setAnonymityThreshold(request: Request, workspaceId: string, values: Record<string, string>) {
  const anonymityK = values.anonymityK?.trim() ? Number(values.anonymityK) : Number.NaN;
  const checked = validate(anonymityThresholdSchema, { anonymityK }, ['anonymityK']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPut(`${workspaceApiPath(workspaceId)}/anonymity`, checked.data, noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, ['anonymityK']));
  }
  return {
    ok: true,
    message: workspaceText('anonymity.saved', { count: checked.data.anonymityK }),
  } satisfies FormResult;
}

async function setRetention(request: Request, workspaceId: string, values: Record<string, string>) {
  // An empty field keeps written answers; anything else must be a number of months.
  const months = values.months?.trim() ? Number(values.months) : null;
  const checked = validate(retentionSchema, { months }, ['months']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPut(`${workspaceApiPath(workspaceId)}/retention`, checked.data, noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, ['months']));
  }
  const { months: saved } = checked.data;
  return {
    ok: true,
    message:
      saved === null
        ? workspaceText('retention.savedKept')
        : workspaceText('retention.savedRemoved', { months: saved }),
  } satisfies FormResult;
}

async function setTimeZone(request: Request, workspaceId: string, values: Record<string, string>) {
  const checked = validate(workspaceTimeZoneSchema, { timeZone: values.timeZone ?? '' }, ['timeZone']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPut(`${workspaceApiPath(workspaceId)}/time-zone`, checked.data, noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, ['timeZone']));
  }
  return {
    ok: true,
    message: workspaceText('timeZone.saved', { zone: checked.data.timeZone.replace(/_/g, ' ') }),
  } satisfies FormResult;
}

async function setLanguage(request: Request, workspaceId: string, values: Record<string, string>) {
  const checked = validate(workspaceLanguageSchema, { language: values.language ?? '' }, ['language']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPut(`${workspaceApiPath(workspaceId)}/language`, checked.data, noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, ['language']));
  }
  return {
    ok: true,
    message: workspaceText('language.saved', { language: localeNames[checked.data.language] }),
  } satisfies FormResult;
}

/** One action for the page; each form says which change it asks for in a hidden "intent" field. */
export async function workspaceAction({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const workspaceId = params.workspaceId ?? '';
  const { intent, ...values } = await readForm(request);
  if (intent === workspaceIntents.invite) return inviteMember(request, workspaceId, values);
  if (intent === workspaceIntents.anonymity) return setAnonymityThreshold(request, workspaceId, values);
  if (intent === workspaceIntents.retention) return setRetention(request, workspaceId, values);
  if (intent === workspaceIntents.timeZone) return setTimeZone(request, workspaceId, values);
  if (intent === workspaceIntents.language) return setLanguage(request, workspaceId, values);
  return (
    (await memberAction(request, workspaceId, intent, values)) ??
    (await stakeholderPolicyAction(request, workspaceId, intent, values)) ??
    (await ssoAction(request, workspaceId, intent, values)) ??
    failed(outOfDateForm)
  );
}
