// i18n: not yet translated
import { Form, Link, useActionData, useLoaderData, useNavigation } from 'react-router';
import { FormAlert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { errorsOf, type FormResult } from '../forms';
import { loadProgramsPage, type ProgramsPageData, programPath } from '../programs/program-data';
import { ProgramFields } from '../programs/program-fields';

export { createProgramAction as programsAction } from '../programs/program-actions';

export async function programsLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  return loadProgramsPage(request, params.workspaceId ?? '');
}

export function ProgramsPage() {
  const { workspace, programs, coaches } = useLoaderData() as ProgramsPageData;
  const errors = errorsOf(useActionData() as FormResult | undefined);
  const creating = useNavigation().state === 'submitting';
  useDocumentTitle('Programs');
  const workspacePath = `/workspaces/${encodeURIComponent(workspace.id)}`;
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: workspacePath, label: workspace.name }, { label: 'Programs' }]} />
      <div className="page-heading">
        <p className="eyebrow">{workspace.name}</p>
        <h1>Programs</h1>
        <p className="lead">
          A program is a cohort of leaders growing together over a few months, with a coach and a shared
          rhythm of check-ins. You see who joined and figures about the cohort, never one leader's results.
        </p>
      </div>
      <section className="card section" aria-labelledby="program-list-heading">
        <h2 id="program-list-heading">Your programs</h2>
        {programs.length === 0 ? (
          <EmptyState title="No program yet">
            <p>Create the first one below, then invite its leaders.</p>
          </EmptyState>
        ) : (
          <ul className="member-list" aria-label="Programs">
            {programs.map((program) => (
              <li key={program.id} className="member">
                <div className="member-identity">
                  <Link className="member-name" to={programPath(program.id)}>
                    {program.name}
                  </Link>
                  <span className="member-email">
                    {program.startsOn} to {program.endsOn} · {program.enrolled} enrolled, {program.invited}{' '}
                    invited
                    {program.coach ? ` · coach ${program.coach.name}` : ''}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card section" aria-labelledby="new-program-heading">
        <h2 id="new-program-heading">Create a program</h2>
        <Form method="post" noValidate className="form">
          <FormAlert message={errors.formError} />
          <ProgramFields errors={errors} coaches={coaches} />
          <div className="form-actions">
            <Button type="submit" busy={creating} busyLabel="Creating…">
              Create program
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
