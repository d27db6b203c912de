import {
  type Announcement,
  announcementResultSchema,
  announcementSchema,
  type Commitment,
  commitmentAnswerSchema,
  commitmentSchema,
} from '../../shared/plans';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import { cycleApiPath } from '../cycles/cycle-data';
import { errorsFromFailure, type FormErrors, failed, outOfDateForm, validate } from '../forms';
import { commitmentApiPath } from './plan-data';
import { plansText } from './plans-text';

export const planIntents = {
  add: 'add-commitment',
  edit: 'edit-commitment',
  retire: 'retire-commitment',
  announce: 'announce',
} as const;

export type PlanActionResult =
  | { ok: false; intent: string; commitmentId?: string; errors: FormErrors }
  | {
      ok: true;
      intent: string;
      commitmentId?: string;
      message?: string;
      commitment?: Commitment;
      announcement?: Announcement;
    };

export const commitmentInputs = ['situation', 'action', 'frequency', 'noticedBy'];
const announcementInputs = ['subject', 'body'];

const refused = (intent: string, errors: FormErrors, commitmentId?: string): PlanActionResult => ({
  ...(failed(errors) as { ok: false; errors: FormErrors }),
  intent,
  commitmentId,
});

async function saveCommitment(request: Request, cycleId: string, body: Record<string, unknown>) {
  const intent = body.commitmentId ? planIntents.edit : planIntents.add;
  const commitmentId = typeof body.commitmentId === 'string' ? body.commitmentId : undefined;
  const checked = validate(commitmentSchema, body, commitmentInputs);
  if ('errors' in checked) return refused(intent, checked.errors, commitmentId);
  try {
    const { commitment } = commitmentId
      ? await apiPut(commitmentApiPath(commitmentId), checked.data, commitmentAnswerSchema, { request })
      : await apiPost(`${cycleApiPath(cycleId)}/commitments`, checked.data, commitmentAnswerSchema, {
          request,
        });
    const message = plansText(commitment.flags.length ? 'actions.savedWithQuestion' : 'actions.saved');
    return { ok: true, intent, commitmentId, commitment, message } satisfies PlanActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, commitmentInputs), commitmentId);
  }
}

async function retire(request: Request, commitmentId: string) {
  const intent = planIntents.retire;
  try {
    await apiDelete(commitmentApiPath(commitmentId), noContent, { request });
  } catch (error) {
    return refused(intent, errorsFromFailure(error, []), commitmentId);
  }
  return {
    ok: true,
    intent,
    commitmentId,
    message: plansText('actions.retired'),
  } satisfies PlanActionResult;
}

async function announce(request: Request, cycleId: string, body: Record<string, unknown>) {
  const intent = planIntents.announce;
  const checked = validate(announcementSchema, body, announcementInputs);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    const result = await apiPost(
      `${cycleApiPath(cycleId)}/announcement`,
      checked.data,
      announcementResultSchema,
      {
        request,
      },
    );
    // Who is left to tell by hand, with the message to copy, shows with the message itself.
    const message = !result.delivery
      ? plansText('actions.draftSaved')
      : result.delivery.emailed > 0
        ? plansText('actions.emailed', { count: result.delivery.emailed })
        : plansText('actions.keptToSend');
    return { ok: true, intent, message, announcement: result.announcement } satisfies PlanActionResult;
  } catch (error) {
    return refused(intent, errorsFromFailure(error, announcementInputs));
  }
}

export async function planAction({ request, params }: { request: Request; params: { cycleId?: string } }) {
  const cycleId = params.cycleId ?? '';
  const { intent, ...body } = (await request.json()) as Record<string, unknown>;
  if (intent === planIntents.add || intent === planIntents.edit)
    return saveCommitment(request, cycleId, body);
  if (intent === planIntents.retire) return retire(request, String(body.commitmentId ?? ''));
  if (intent === planIntents.announce) return announce(request, cycleId, body);
  return refused(String(intent), outOfDateForm);
}
