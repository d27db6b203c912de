import { redirect } from 'react-router';
import { createCycleSchema, cycleAnswerSchema } from '../../shared/cycles';
import { type ReframeSuggestion, reframeRequestSchema, reframeSuggestionSchema } from '../../shared/reframe';
import { apiPost } from '../api';
import { setFlash } from '../flash';
import { errorsFromFailure, type FormErrors, failed, outOfDateForm, validate } from '../forms';
import { workspaceApiPath } from '../workspace/workspace-data';
import { cyclePath } from './cycle-data';
import { cyclesText } from './cycles-text';

export const newCycleIntents = { reframe: 'reframe', create: 'create' } as const;

export type ReframeResult = { ok: false; errors: FormErrors } | { ok: true; reframe: ReframeSuggestion };

const createInputs = ['problem', 'goal', 'competencyKey', 'baseline'];

async function reframe(request: Request, workspaceId: string, body: Record<string, unknown>) {
  const checked = validate(reframeRequestSchema, { problem: body.problem }, ['problem']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const suggestion = await apiPost(
      `${workspaceApiPath(workspaceId)}/reframe`,
      checked.data,
      reframeSuggestionSchema,
      {
        request,
      },
    );
    return { ok: true, reframe: suggestion } satisfies ReframeResult;
  } catch (error) {
    return failed(errorsFromFailure(error, ['problem']));
  }
}

async function create(request: Request, workspaceId: string, body: Record<string, unknown>) {
  const checked = validate(createCycleSchema, body, createInputs);
  if ('errors' in checked) return failed(checked.errors);
  // Started from a program invitation: the cycle belongs to the program and takes its cadence.
  const programId = new URL(request.url).searchParams.get('program');
  const path = programId
    ? `/api/programs/${encodeURIComponent(programId)}/cycles`
    : `${workspaceApiPath(workspaceId)}/cycles`;
  try {
    const { cycle } = await apiPost(path, checked.data, cycleAnswerSchema, {
      request,
    });
    setFlash(cyclesText('flash.started'));
    return redirect(cyclePath(cycle.id));
  } catch (error) {
    return failed(errorsFromFailure(error, createInputs));
  }
}

/** The guided flow sends JSON (the baseline is a record), with the step's intent inside it. */
export async function newCycleAction({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const workspaceId = params.workspaceId ?? '';
  const body = (await request.json()) as Record<string, unknown>;
  if (body.intent === newCycleIntents.reframe) return reframe(request, workspaceId, body);
  if (body.intent === newCycleIntents.create) return create(request, workspaceId, body);
  return failed(outOfDateForm);
}
