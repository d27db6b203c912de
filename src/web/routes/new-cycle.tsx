// i18n: not yet translated
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
import { newCycleIntents, type ReframeResult } from '../cycles/new-cycle-actions';
import { ReframeQuestion } from '../cycles/reframe-question';
import { StepFrame, StepList } from '../cycles/step-frame';
import { errorsOf, type FormResult } from '../forms';
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

const stepTitles = ['Describe', 'Choose', 'Goal', 'Rate yourself'] as const;
type Step = 0 | 1 | 2 | 3;

// Ends with a space, not "…": a placeholder character left in the field would end up in the goal.
const goalStart = (competencyName: string) =>
  `I want to get better at ${competencyName.toLowerCase()} so that `;
const unfinishedGoal = /so that\s*(?:…|\.\.\.)?\s*$/;

export function NewCyclePage() {
  const { workspace, framework, program } = useLoaderData() as NewCycleData;
  useDocumentTitle('Start a growth cycle');
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: workspacePath(workspace.id), label: workspace.name },
          { to: cyclesPath(workspace.id), label: 'Growth cycles' },
        ]}
      />
      <div className="page-heading">
        <h1>Start a growth cycle</h1>
        <p className="lead">Four short steps. Only you see what you write here.</p>
      </div>
      {program ? (
        <Alert tone="info" title={`Part of ${program.name}`}>
          <p>
            This cycle starts with the program's rhythm of check-ins and reminders. The program's admins see
            only figures about the whole cohort, never your answers or results.
          </p>
        </Alert>
      ) : null}
      {framework ? (
        <NewCycleFlow framework={framework} />
      ) : (
        <Alert tone="info" title="Growth cycles are for leaders">
          <p>
            In this workspace you are not a leader. Use your personal workspace, or ask an admin for the role.
          </p>
        </Alert>
      )}
    </div>
  );
}

function NewCycleFlow({ framework }: { framework: Framework }) {
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
    if (!competency) return setLocalErrors({ competencyKey: 'Choose one capability to work on' });
    if (!goal.trim() || (unfinishedGoal.test(goal) && goal.startsWith('I want to get better at'))) {
      setGoal(goalStart(competency.name));
    }
    go(2);
  }

  function submitGoal() {
    const checked = goalSchema.safeParse(goal);
    if (!checked.success) return setLocalErrors({ goal: checked.error.issues[0]?.message ?? '' });
    if (unfinishedGoal.test(checked.data)) {
      return setLocalErrors({
        goal: 'Finish the sentence: what will be different once you are better at it?',
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
      <StepList titles={stepTitles} current={step} />
      {step === 0 ? (
        <StepFrame
          title="What's bothering you?"
          focusOnShow={visited}
          intro={
            <p>
              Describe a situation at work that you would like to change, in your own words, as you would tell
              a friend. There are no wrong answers.
            </p>
          }
          formError={reframeErrors?.formError}
          submitLabel="Continue"
          busy={reframeFetcher.state !== 'idle'}
          busyLabel="Thinking it over…"
          onSubmit={submitProblem}
        >
          <TextAreaField
            label="The situation, in your own words"
            name="problem"
            rows={5}
            value={problem}
            onChange={(event) => setProblem(event.target.value)}
            hint="For example: “People don't speak up in our planning meetings.”"
            error={errorFor('problem') ?? reframeErrors?.fieldErrors.problem}
          />
        </StepFrame>
      ) : null}
      {step === 1 ? (
        <StepFrame
          title="Choose a capability to build"
          focusOnShow={visited}
          intro={
            <ReframeQuestion
              problem={problem}
              question={reframed?.suggestion.question ?? null}
              onEdit={() => go(0)}
            />
          }
          onBack={() => go(0)}
          submitLabel="Continue"
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
          title="Write your goal"
          focusOnShow={visited}
          intro={
            <p>
              Say what you want to get better at, and what will be different for the people around you once
              you have.
            </p>
          }
          onBack={() => go(1)}
          submitLabel="Continue"
          onSubmit={submitGoal}
        >
          <TextAreaField
            label="Your goal"
            name="goal"
            rows={3}
            value={goal}
            onChange={(event) => setGoal(event.target.value)}
            hint="Finish the sentence after “so that”. Your stakeholders will see this goal."
            error={errorFor('goal')}
          />
        </StepFrame>
      ) : null}
      {step === 3 && competency ? (
        <StepFrame
          title="Rate yourself today"
          focusOnShow={visited}
          intro={
            <p>
              How often do you do each of these today? Be candid: this is your starting point, kept private,
              to compare with how others see you. Choose “Not sure” to skip one.
            </p>
          }
          formError={createErrors.formError}
          onBack={() => go(2)}
          submitLabel="Start growth cycle"
          busy={createFetcher.state !== 'idle'}
          busyLabel="Starting…"
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
