import { useCallback, useEffect, useRef, useState } from 'react';
import { type ShouldRevalidateFunction, useFetcher, useLoaderData } from 'react-router';
import { goalSchema, problemSchema } from '../../shared/cycles';
import type { ReframeSuggestion } from '../../shared/reframe';
import { Alert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { TextAreaField } from '../components/form-field';
import { type BaselineDraft, BaselineFields, baselineOf } from '../cycles/baseline-fields';
import { CompetencyChoice } from '../cycles/competency-choice';
import {
  cyclesPath,
  type Framework,
  getFramework,
  getWorkspace,
  isLeader,
  workspacePath,
} from '../cycles/cycle-data';
import { type CyclesTextKey, inSentence, useCyclesText } from '../cycles/cycles-text';
import { newCycleIntents, type ReframeResult } from '../cycles/new-cycle-actions';
import { ReframeQuestion } from '../cycles/reframe-question';
import { StepFrame, StepList } from '../cycles/step-frame';
import { errorsOf, type FormResult } from '../forms';
import { frameworkInUiLanguage } from '../framework/default-framework-language';
import { useUiLanguage } from '../i18n/ui-language';
import { findMyProgram } from '../programs/my-programs';
import type { WorkspaceDetails } from '../workspace/workspace-data';

export { newCycleAction } from '../cycles/new-cycle-actions';

type NewCycleData = {
  workspace: WorkspaceDetails;
  framework: Framework | null;
  program: { id: string; name: string } | null;
};

export async function newCycleLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const workspace = await getWorkspace(request, params.workspaceId ?? '');
  const framework = isLeader(workspace) ? await getFramework(request, workspace.id) : null;
  const programId = new URL(request.url).searchParams.get('program');
  const program = programId && framework ? await findMyProgram(request, workspace.id, programId) : null;
  return { workspace, framework, program } satisfies NewCycleData;
}

// The flow keeps its state in the page; nothing it sends changes what the loader read.
export const newCycleShouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => (formMethod ? false : defaultShouldRevalidate);

const stepTitles = [
  'newCycle.step.describe',
  'newCycle.step.choose',
  'newCycle.step.goal',
  'newCycle.step.rate',
] as const satisfies readonly CyclesTextKey[];
type Step = 0 | 1 | 2 | 3;

const escapedForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function NewCyclePage() {
  const { workspace, framework, program } = useLoaderData() as NewCycleData;
  const t = useCyclesText();
  useDocumentTitle(t('cycles.start'));
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: t('cycles.breadcrumb') },
        ]}
      />
      <div className="page-heading">
        <h1>{t('cycles.start')}</h1>
        <p className="lead">{t('newCycle.lead')}</p>
      </div>
      {program ? (
        <Alert tone="info" title={t('newCycle.program', { program: program.name })}>
          <p>{t('newCycle.programText')}</p>
        </Alert>
      ) : null}
      {framework ? (
        <NewCycleFlow framework={framework} />
      ) : (
        <Alert tone="info" title={t('cycles.forLeaders')}>
          <p>{t('newCycle.notALeader')}</p>
        </Alert>
      )}
    </div>
  );
}

function NewCycleFlow({ framework: stored }: { framework: Framework }) {
  const framework = frameworkInUiLanguage(stored, useUiLanguage());
  const t = useCyclesText();
  // Ends with a space, not "…": a placeholder character left in the field would end up in the goal.
  const goalStart = (competencyName: string) =>
    t('newCycle.goalStart', { capability: inSentence(competencyName) });
  const unfinishedGoal = new RegExp(`${escapedForPattern(t('newCycle.goalLink'))}\\s*(?:…|\\.\\.\\.)?\\s*$`);
  const prefilledGoal = useRef('');
  const reframeFetcher = useFetcher<ReframeResult>();
  const createFetcher = useFetcher<FormResult>();
  const [step, setStep] = useState<Step>(0);
  const [visited, setVisited] = useState(false);
  const [problem, setProblem] = useState('');
  const [reframed, setReframed] = useState<{ problem: string; suggestion: ReframeSuggestion } | null>(null);
  const [competencyKey, setCompetencyKey] = useState<string | null>(null);
  const [goal, setGoal] = useState('');
  const [baseline, setBaseline] = useState<BaselineDraft>({});
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const competency = framework.competencies.find((candidate) => candidate.key === competencyKey) ?? null;
  const createErrors = errorsOf(createFetcher.data);
  const reframeErrors =
    reframeFetcher.data && !reframeFetcher.data.ok ? reframeFetcher.data.errors : undefined;

  const go = useCallback((next: Step) => {
    setLocalErrors({});
    setVisited(true);
    setStep(next);
  }, []);

  // The suggestions arrive from the action and open the next step.
  const reframedProblem = useRef('');
  useEffect(() => {
    const data = reframeFetcher.data;
    if (reframeFetcher.state !== 'idle' || !data?.ok) return;
    setReframed({ problem: reframedProblem.current, suggestion: data.reframe });
    go(1);
  }, [reframeFetcher.state, reframeFetcher.data, go]);

  // A refusal from the server goes back to the step whose input it concerns.
  useEffect(() => {
    const fields = errorsOf(createFetcher.data).fieldErrors;
    if (fields.problem) go(0);
    else if (fields.competencyKey) go(1);
    else if (fields.goal) go(2);
  }, [createFetcher.data, go]);

  function submitProblem() {
    const checked = problemSchema.safeParse(problem);
    if (!checked.success) return setLocalErrors({ problem: checked.error.issues[0]?.message ?? '' });
    if (reframed?.problem === checked.data) return go(1);
    reframedProblem.current = checked.data;
    reframeFetcher.submit(
      { intent: newCycleIntents.reframe, problem: checked.data },
      { method: 'post', encType: 'application/json' },
    );
  }

  function submitCompetency() {
    if (!competency) return setLocalErrors({ competencyKey: t('newCycle.chooseOne') });
    // An empty goal, or the start written for another capability, begins anew for this one.
    if (!goal.trim() || goal === prefilledGoal.current) {
      prefilledGoal.current = goalStart(competency.name);
      setGoal(prefilledGoal.current);
    }
    go(2);
  }

  function submitGoal() {
    const checked = goalSchema.safeParse(goal);
    if (!checked.success) return setLocalErrors({ goal: checked.error.issues[0]?.message ?? '' });
    if (unfinishedGoal.test(checked.data)) {
      return setLocalErrors({
        goal: t('newCycle.finishSentence'),
      });
    }
    go(3);
  }

  function submitCycle() {
    createFetcher.submit(
      {
        intent: newCycleIntents.create,
        problem: problem.trim(),
        goal: goal.trim(),
        competencyKey,
        baseline: baselineOf(baseline),
      },
      { method: 'post', encType: 'application/json' },
    );
  }

  const errorFor = (field: string) => localErrors[field] ?? createErrors.fieldErrors[field];
  return (
    <>
      <StepList titles={stepTitles.map((title) => t(title))} current={step} />
      {step === 0 ? (
        <StepFrame
          title={t('newCycle.problem.title')}
          focusOnShow={visited}
          intro={<p>{t('newCycle.problem.intro')}</p>}
          formError={reframeErrors?.formError}
          submitLabel={t('newCycle.continue')}
          busy={reframeFetcher.state !== 'idle'}
          busyLabel={t('newCycle.problem.busy')}
          onSubmit={submitProblem}
        >
          <TextAreaField
            label={t('newCycle.problem.label')}
            name="problem"
            rows={5}
            value={problem}
            onChange={(event) => setProblem(event.target.value)}
            hint={t('newCycle.problem.hint')}
            error={errorFor('problem') ?? reframeErrors?.fieldErrors.problem}
          />
        </StepFrame>
      ) : null}
      {step === 1 ? (
        <StepFrame
          title={t('newCycle.choose.title')}
          focusOnShow={visited}
          intro={
            <ReframeQuestion
              problem={problem}
              question={reframed?.suggestion.question ?? null}
              onEdit={() => go(0)}
            />
          }
          onBack={() => go(0)}
          submitLabel={t('newCycle.continue')}
          onSubmit={submitCompetency}
        >
          <CompetencyChoice
            competencies={framework.competencies}
            reframe={reframed?.suggestion ?? null}
            selected={competencyKey}
            onSelect={(key) => {
              setCompetencyKey(key);
              setLocalErrors({});
            }}
            error={errorFor('competencyKey')}
          />
        </StepFrame>
      ) : null}
      {step === 2 && competency ? (
        <StepFrame
          title={t('newCycle.goal.title')}
          focusOnShow={visited}
          intro={<p>{t('newCycle.goal.intro')}</p>}
          onBack={() => go(1)}
          submitLabel={t('newCycle.continue')}
          onSubmit={submitGoal}
        >
          <TextAreaField
            label={t('startingPoint.goal')}
            name="goal"
            rows={3}
            value={goal}
            onChange={(event) => setGoal(event.target.value)}
            hint={t('newCycle.goal.hint')}
            error={errorFor('goal')}
          />
        </StepFrame>
      ) : null}
      {step === 3 && competency ? (
        <StepFrame
          title={t('newCycle.rate.title')}
          focusOnShow={visited}
          intro={<p>{t('newCycle.rate.intro')}</p>}
          formError={createErrors.formError}
          onBack={() => go(2)}
          submitLabel={t('newCycle.rate.submit')}
          busy={createFetcher.state !== 'idle'}
          busyLabel={t('newCycle.rate.busy')}
          onSubmit={submitCycle}
        >
          <BaselineFields
            competency={competency}
            value={baseline}
            onChange={setBaseline}
            error={createErrors.fieldErrors.baseline}
          />
        </StepFrame>
      ) : null}
    </>
  );
}
