import {
  ssoConnectionTestAnswerSchema,
  ssoConnectionTestSchema,
  ssoSettingsAnswerSchema,
  ssoSettingsInputSchema,
} from '../../shared/sso';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed, validate } from '../forms';
import { workspaceApiPath } from './workspace-data';
import { workspaceText } from './workspace-text';

export const ssoIntents = { save: 'save-sso', test: 'test-sso', remove: 'remove-sso' } as const;

const inputs = ['providerName', 'issuerUrl', 'clientId', 'clientSecret', 'emailDomains', 'passwordSignInOff'];

async function saveSso(request: Request, workspaceId: string, values: Record<string, string>) {
  const input = {
    providerName: values.providerName ?? '',
    issuerUrl: (values.issuerUrl ?? '').trim(),
    clientId: values.clientId ?? '',
    // Empty keeps the stored secret: the page never holds it to send it back.
    clientSecret: values.clientSecret?.trim() ? values.clientSecret : undefined,
    emailDomains: values.emailDomains ?? '',
    passwordSignInOff: values.passwordSignInOff === 'on',
  };
  const checked = validate(ssoSettingsInputSchema, input, inputs);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPut(`${workspaceApiPath(workspaceId)}/sso`, checked.data, ssoSettingsAnswerSchema, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, inputs));
  }
  return { ok: true, message: workspaceText('sso.saved') } satisfies FormResult;
}

async function testSso(request: Request, workspaceId: string, values: Record<string, string>) {
  const checked = validate(ssoConnectionTestSchema, { issuerUrl: (values.issuerUrl ?? '').trim() }, [
    'issuerUrl',
  ]);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const answer = await apiPost(
      `${workspaceApiPath(workspaceId)}/sso/test`,
      checked.data,
      ssoConnectionTestAnswerSchema,
      { request },
    );
    if (!answer.ok) return failed({ fieldErrors: { issuerUrl: answer.problem } });
    return {
      ok: true,
      message: workspaceText('sso.answered', { issuer: answer.issuer }),
    } satisfies FormResult;
  } catch (error) {
    return failed(errorsFromFailure(error, ['issuerUrl']));
  }
}

async function removeSso(request: Request, workspaceId: string) {
  try {
    await apiDelete(`${workspaceApiPath(workspaceId)}/sso`, noContent, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, []));
  }
  return {
    ok: true,
    message: workspaceText('sso.removed'),
  } satisfies FormResult;
}

/** The workspace page's single sign-on forms, or null for another form. */
export function ssoAction(
  request: Request,
  workspaceId: string,
  intent: string | undefined,
  values: Record<string, string>,
) {
  if (intent === ssoIntents.save) return saveSso(request, workspaceId, values);
  if (intent === ssoIntents.test) return testSso(request, workspaceId, values);
  if (intent === ssoIntents.remove) return removeSso(request, workspaceId);
  return null;
}
