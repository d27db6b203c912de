import {
  type CoachInvited,
  coachInvitedSchema,
  coachingCommentSchema,
  commentAnswerSchema,
  inviteCoachSchema,
  programCoachAcceptedSchema,
  shareAnswerSchema,
  shareItemSchema,
} from '../../shared/coaching';
import { apiDelete, apiPost, noContent } from '../api';
import { errorsFromFailure, type FormResult, failed, outOfDateForm, readForm, validate } from '../forms';
import { coachingApiPath } from './coaching-data';
import { coachingText } from './coaching-text';

export const coachIntents = {
  invite: 'invite-coach',
  revoke: 'revoke-coach',
  comment: 'comment',
  share: 'share',
  unshare: 'unshare',
  acceptProgramCoach: 'accept-program-coach',
} as const;

export type CoachInvitedResult = { ok: true; message: string; invited: CoachInvited };

async function comment(request: Request, coachingId: string, values: Record<string, string>) {
  const checked = validate(coachingCommentSchema, { body: values.body ?? '' }, ['body']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    await apiPost(`${coachingApiPath(coachingId)}/comments`, checked.data, commentAnswerSchema, { request });
  } catch (error) {
    return failed(errorsFromFailure(error, ['body']));
  }
  return { ok: true, message: coachingText('comments.added') } satisfies FormResult;
}

/** Everything a leader does on their coach page: invite, revoke, answer, share and unshare. */
export async function coachPageAction({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const { intent, ...values } = await readForm(request);
  const coachingId = values.coachingId ?? '';
  try {
    switch (intent) {
      case coachIntents.invite: {
        const checked = validate(inviteCoachSchema, { email: values.email ?? '' }, ['email']);
        if ('errors' in checked) return failed(checked.errors);
        const invited = await apiPost(
          `/api/workspaces/${encodeURIComponent(params.workspaceId ?? '')}/coaches`,
          checked.data,
          coachInvitedSchema,
          { request },
        );
        const message =
          invited.delivery === 'email'
            ? coachingText('invite.emailed', { email: invited.coaching.coachEmail })
            : coachingText('invite.held', { email: invited.coaching.coachEmail });
        return { ok: true, message, invited } satisfies CoachInvitedResult;
      }
      case coachIntents.revoke:
        await apiDelete(coachingApiPath(coachingId), noContent, { request });
        return { ok: true, message: coachingText('revoke.done') };
      case coachIntents.comment:
        return comment(request, coachingId, values);
      case coachIntents.share: {
        const checked = validate(shareItemSchema, { kind: values.kind, ref: values.ref }, []);
        if ('errors' in checked) return failed(checked.errors);
        await apiPost(`${coachingApiPath(coachingId)}/shares`, checked.data, shareAnswerSchema, { request });
        return { ok: true, message: coachingText('share.shareDone') } satisfies FormResult;
      }
      case coachIntents.unshare:
        await apiDelete(
          `${coachingApiPath(coachingId)}/shares/${encodeURIComponent(values.shareId ?? '')}`,
          noContent,
          { request },
        );
        return { ok: true, message: coachingText('share.unshareDone') } satisfies FormResult;
      case coachIntents.acceptProgramCoach: {
        const { coaching } = await apiPost(
          `/api/programs/${encodeURIComponent(values.programId ?? '')}/coach-access`,
          {},
          programCoachAcceptedSchema,
          { request },
        );
        return {
          ok: true,
          message: coachingText('offer.accepted', { coach: coaching.coachName ?? coaching.coachEmail }),
        } satisfies FormResult;
      }
      default:
        return failed(outOfDateForm);
    }
  } catch (error) {
    return failed(errorsFromFailure(error, ['email']));
  }
}

/** A coach answers on their coachee's page. */
export async function coacheeAction({
  request,
  params,
}: {
  request: Request;
  params: { coachingId?: string };
}) {
  const { intent, ...values } = await readForm(request);
  if (intent !== coachIntents.comment) return failed(outOfDateForm);
  return comment(request, params.coachingId ?? '', values);
}
