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
import {
  loadProgramPage,
  type ProgramPageData,
  programDates,
  programPath,
  programsPath,
} from '../programs/program-data';
import { ProgramFields } from '../programs/program-fields';
import { useProgramsText } from '../programs/programs-text';

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
  const t = useProgramsText();
  useDocumentTitle(program.name);
  const { fetcher, errors, succeeded, form } = useFormFetcher();
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: `/workspaces/${encodeURIComponent(workspace.id)}`, label: workspace.name },
          { to: programsPath(workspace.id), label: t('programs') },
          { label: program.name },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{t('program.eyebrow')}</p>
        <h1>{program.name}</h1>
        <p className="lead">
          {program.coach
            ? t('program.withCoach', { dates: programDates(program), coach: program.coach.name })
            : t('program.noCoach', { dates: programDates(program) })}
        </p>
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      <div className="button-row">
        <Link className="button button-primary" to={`${programPath(program.id)}/insight`}>
          {t('program.seeInsight')}
        </Link>
      </div>
      <EnrollmentList enrollments={enrollments} />
      <EnrollForm />
      <details className="card section disclosure">
        <summary className="disclosure-summary">{t('program.settings')}</summary>
        <fetcher.Form method="post" noValidate ref={form} className="form">
          <input type="hidden" name="intent" value={programIntents.save} />
          <FormAlert message={errors.formError} />
          <ProgramFields errors={errors} coaches={coaches} current={program} />
          <div className="form-actions">
            <Button type="submit" busy={fetcher.state !== 'idle'} busyLabel={t('program.saving')}>
              {t('program.save')}
            </Button>
          </div>
          <StatusMessage message={succeeded} />
        </fetcher.Form>
      </details>
    </div>
  );
}
