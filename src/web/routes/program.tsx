// i18n: not yet translated
import { Link, useLoaderData } from 'react-router';
import { Alert, FormAlert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { StatusMessage } from '../components/status-message';
import { useFormFetcher } from '../components/use-form-fetcher';
import { takeFlash } from '../flash';
import { EnrollForm } from '../programs/enroll-form';
import { EnrollmentList } from '../programs/enrollment-list';
import { programIntents } from '../programs/program-actions';
import { loadProgramPage, type ProgramPageData, programPath, programsPath } from '../programs/program-data';
import { ProgramFields } from '../programs/program-fields';

export { programAction } from '../programs/program-actions';

export async function programLoader({
  request,
  params,
}: {
  request: Request;
  params: { programId?: string };
}) {
  return { ...(await loadProgramPage(request, params.programId ?? '')), flash: takeFlash() };
}

export function ProgramPage() {
  const { program, enrollments, workspace, coaches, flash } = useLoaderData() as ProgramPageData & {
    flash: string | null;
  };
  useDocumentTitle(program.name);
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: `/workspaces/${encodeURIComponent(workspace.id)}`, label: workspace.name },
          { to: programsPath(workspace.id), label: 'Programs' },
          { label: program.name },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">Program</p>
        <h1>{program.name}</h1>
        <p className="lead">
          {program.startsOn} to {program.endsOn}
          {program.coach ? ` · coach ${program.coach.name}` : ' · no coach assigned'}
        </p>
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      <div className="button-row">
        <Link className="button button-primary" to={`${programPath(program.id)}/insight`}>
          See program insight
        </Link>
      </div>
      <EnrollmentList enrollments={enrollments} />
      <EnrollForm />
      <details className="card section disclosure">
        <summary className="disclosure-summary">Dates, coach and cadence</summary>
        <fetcher.Form method="post" noValidate ref={form} className="form">
          <input type="hidden" name="intent" value={programIntents.save} />
          <FormAlert message={errors.formError} />
          <ProgramFields errors={errors} coaches={coaches} current={program} />
          <div className="form-actions">
            <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel="Saving…">
              Save program
            </Button>
          </div>
          <StatusMessage message={succeeded} />
        </fetcher.Form>
      </details>
    </div>
  );
}
