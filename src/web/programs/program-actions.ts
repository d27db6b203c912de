import { redirect } from 'react-router';
import {
  enrollLeadersSchema,
  type LeadersEnrolled,
  leadersEnrolledSchema,
  type ProgramInput,
  programCreatedSchema,
  programInputSchema,
} from '../../shared/programs';
import { apiDelete, apiPost, apiPut, noContent } from '../api';
import { setFlash } from '../flash';
import {
  errorsFromFailure,
  type FormErrors,
  type FormResult,
  failed,
  outOfDateForm,
  readForm,
  validate,
} from '../forms';
import { programApiPath, programPath } from './program-data';
import { programsText } from './programs-text';

export const programFields = [
  'name',
  'startsOn',
  'endsOn',
  'coachAccountId',
  'checkInIntervalDays',
  'miniSurveyIntervalDays',
  'dailyReminderTime',
] as const;

export const programIntents = {
  save: 'save-program',
  enroll: 'enroll',
  remove: 'remove-enrollment',
} as const;

const wholeNumber = (value: string | undefined) => (value?.trim() ? Number(value) : Number.NaN);

/** The form's flat fields as the API's shape; nested problems are reported by their field's name. */
function programInputOf(values: Record<string, string>): { data: ProgramInput } | { errors: FormErrors } {
  const input = {
    name: values.name ?? '',
    startsOn: values.startsOn ?? '',
    endsOn: values.endsOn ?? '',
    coachAccountId: values.coachAccountId || null,
    cadence: {
      checkInIntervalDays: wholeNumber(values.checkInIntervalDays),
      miniSurveyIntervalDays: wholeNumber(values.miniSurveyIntervalDays),
      dailyReminderTime: values.dailyReminderTime || null,
    },
  };
  const parsed = programInputSchema.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  const field = String(issue?.path.at(-1) ?? '');
  const known = (programFields as readonly string[]).includes(field);
  return {
    errors: known
      ? { fieldErrors: { [field]: issue?.message ?? '' } }
      : { fieldErrors: {}, formError: issue?.message },
  };
}

/** The server names nested fields by their path ("cadence.checkInIntervalDays"); the form by their last part. */
function failedProgram(error: unknown) {
  const errors = errorsFromFailure(error, [
    ...programFields,
    ...programFields.map((field) => ['cadence', field].join('.')),
  ]);
  const fieldErrors = Object.fromEntries(
    Object.entries(errors.fieldErrors).map(([field, message]) => [field.replace(/^cadence\./, ''), message]),
  );
  return failed({ ...errors, fieldErrors });
}

export async function createProgramAction({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const checked = programInputOf(await readForm(request));
  if ('errors' in checked) return failed(checked.errors);
  try {
    const { id } = await apiPost(
      `/api/workspaces/${encodeURIComponent(params.workspaceId ?? '')}/programs`,
      checked.data,
      programCreatedSchema,
      { request },
    );
    setFlash(programsText('list.created', { name: checked.data.name }));
    return redirect(programPath(id));
  } catch (error) {
    return failedProgram(error);
  }
}

export type EnrollResult = { ok: true; message: string; enrolled: LeadersEnrolled };

export async function programAction({
  request,
  params,
}: {
  request: Request;
  params: { programId?: string };
}) {
  const programId = params.programId ?? '';
  const { intent, ...values } = await readForm(request);
  if (intent === programIntents.save) {
    const checked = programInputOf(values);
    if ('errors' in checked) return failed(checked.errors);
    try {
      await apiPut(programApiPath(programId), checked.data, noContent, { request });
    } catch (error) {
      return failedProgram(error);
    }
    return {
      ok: true,
      message: programsText('program.saved'),
    } satisfies FormResult;
  }
  if (intent === programIntents.enroll) {
    const checked = validate(enrollLeadersSchema, { text: values.text ?? '' }, ['text']);
    if ('errors' in checked) return failed(checked.errors);
    try {
      const enrolled = await apiPost(
        `${programApiPath(programId)}/enrollments`,
        checked.data,
        leadersEnrolledSchema,
        {
          request,
        },
      );
      const count = enrolled.invited.length;
      const message = programsText(enrolled.delivery === 'email' ? 'enroll.emailed' : 'enroll.held', {
        count,
      });
      return { ok: true, message, enrolled } satisfies EnrollResult;
    } catch (error) {
      return failed(errorsFromFailure(error, ['text']));
    }
  }
  if (intent === programIntents.remove) {
    try {
      await apiDelete(
        `${programApiPath(programId)}/enrollments/${encodeURIComponent(values.enrollmentId ?? '')}`,
        noContent,
        {
          request,
        },
      );
    } catch (error) {
      return failed(errorsFromFailure(error, []));
    }
    return {
      ok: true,
      message: programsText('enrollment.removed'),
    } satisfies FormResult;
  }
  return failed(outOfDateForm);
}
