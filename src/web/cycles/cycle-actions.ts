import { redirect } from 'react-router';
import { z } from 'zod';
import { cycleAnswerSchema, updateCycleSchema } from '../../shared/cycles';
import { followUpAnswerSchema, followUpSettingsSchema } from '../../shared/follow-up';
import { reviewCycleSchema } from '../../shared/progress';
import {
  type OpenedRound,
  openedRoundSchema,
  openRoundSchema,
  waitingForApprovalSchema,
} from '../../shared/rounds';
import { apiPost, apiPut } from '../api';
import { setFlash } from '../flash';
import { errorsFromFailure, type FormErrors, failed, outOfDateForm, validate } from '../forms';
import { cycleApiPath, cyclePath, roundPath } from './cycle-data';
import { cyclesText } from './cycles-text';

export const cycleIntents = {
  update: 'update-cycle',
  openRound: 'open-round',
  followUpSettings: 'follow-up-settings',
  review: 'review-cycle',
} as const;

const followUpKinds = ['pulse', 'mini_survey'];

/** 201 with the round opened, or 202 when an admin approves the list first. */
const openedOrWaitingSchema = z.union([openedRoundSchema, waitingForApprovalSchema]);

export type CycleActionResult =
  | { ok: false; intent: string; errors: FormErrors }
  | { ok: true; intent: string; message?: string; opened?: OpenedRound };

const roundInputs = ['intro', 'closesOn', 'language', 'stakeholderIds'];
const updateInputs = ['problem', 'goal', 'baseline'];

const refused = (intent: string, errors: FormErrors): CycleActionResult =>
  ({ ...failed(errors), intent }) as CycleActionResult;

async function openRound(request: Request, cycleId: string, body: Record<string, unknown>) {
  const intent = cycleIntents.openRound;
  // Only the follow-up forms name their kind; the listening form never does.
  const kind = followUpKinds.includes(String(body.kind)) ? body.kind : 'listening';
  const checked = validate(openRoundSchema, { ...body, kind }, roundInputs);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    const opened = await apiPost(`${cycleApiPath(cycleId)}/rounds`, checked.data, openedOrWaitingSchema, {
      request,
    });
    const count = checked.data.stakeholderIds.length;
    if (opened.roundId === null) {
      setFlash(cyclesText('flash.waitingForApproval', { count }));
      return redirect(cyclePath(cycleId));
    }
    if (opened.links.length > 0) return { ok: true, intent, opened } satisfies CycleActionResult;
    // Everyone was emailed: there is no message to send by hand, so the round's own page comes next.
    setFlash(cyclesText('flash.roundOpen', { count: opened.emailed }));
    return redirect(roundPath(opened.roundId));
  } catch (error) {
    return refused(intent, errorsFromFailure(error, roundInputs));
  }
}

async function updateCycle(request: Request, cycleId: string, body: Record<string, unknown>) {
  const intent = cycleIntents.update;
  const checked = validate(updateCycleSchema, body, updateInputs);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    await apiPut(cycleApiPath(cycleId), checked.data, cycleAnswerSchema, { request });
  } catch (error) {
    return refused(intent, errorsFromFailure(error, updateInputs));
  }
  return { ok: true, intent, message: cyclesText('message.saved') } satisfies CycleActionResult;
}

async function saveFollowUpSettings(request: Request, cycleId: string, body: Record<string, unknown>) {
  const intent = cycleIntents.followUpSettings;
  const inputs = ['miniSurveyIntervalDays'];
  const days = Number(body.miniSurveyIntervalDays);
  const checked = validate(followUpSettingsSchema, { miniSurveyIntervalDays: days }, inputs);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    await apiPut(`${cycleApiPath(cycleId)}/follow-up`, checked.data, followUpAnswerSchema, { request });
  } catch (error) {
    return refused(intent, errorsFromFailure(error, inputs));
  }
  const message = cyclesText('message.miniSurveyInterval', { days: checked.data.miniSurveyIntervalDays });
  return { ok: true, intent, message } satisfies CycleActionResult;
}

async function reviewCycle(request: Request, cycleId: string, body: Record<string, unknown>) {
  const intent = cycleIntents.review;
  const checked = validate(reviewCycleSchema, body, ['reflection']);
  if ('errors' in checked) return refused(intent, checked.errors);
  try {
    await apiPost(`${cycleApiPath(cycleId)}/review`, checked.data, cycleAnswerSchema, { request });
  } catch (error) {
    return refused(intent, errorsFromFailure(error, ['reflection']));
  }
  return {
    ok: true,
    intent,
    message: cyclesText('message.reviewed'),
  } satisfies CycleActionResult;
}

export async function cycleAction({ request, params }: { request: Request; params: { cycleId?: string } }) {
  const cycleId = params.cycleId ?? '';
  const { intent, ...body } = (await request.json()) as Record<string, unknown>;
  if (intent === cycleIntents.openRound) return openRound(request, cycleId, body);
  if (intent === cycleIntents.update) return updateCycle(request, cycleId, body);
  if (intent === cycleIntents.followUpSettings) return saveFollowUpSettings(request, cycleId, body);
  if (intent === cycleIntents.review) return reviewCycle(request, cycleId, body);
  return refused(String(intent), outOfDateForm);
}
