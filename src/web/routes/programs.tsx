import { Form, Link, useActionData, useLoaderData, useNavigation } from 'react-router';
import { FormAlert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { Button } from '../components/button';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { errorsOf, type FormResult } from '../forms';
import { loadProgramsPage, type ProgramsPageData, programDates, programPath } from '../programs/program-data';
import { ProgramFields } from '../programs/program-fields';
import { useProgramsText } from '../programs/programs-text';

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
  const t = useProgramsText();
  useDocumentTitle(t('programs'));
  const workspacePath = `/workspaces/${encodeURIComponent(workspace.id)}`;
  return (
    <div className="page">
      <Breadcrumb trail={[{ to: workspacePath, label: workspace.name }, { label: t('programs') }]} />
      <div className="page-heading">
        <p className="eyebrow">{workspace.name}</p>
        <h1>{t('programs')}</h1>
        <p className="lead">{t('list.lead')}</p>
      </div>
      <section className="card section" aria-labelledby="program-list-heading">
        <h2 id="program-list-heading">{t('list.yours')}</h2>
        {programs.length === 0 ? (
          <EmptyState title={t('list.emptyTitle')}>
            <p>{t('list.emptyText')}</p>
          </EmptyState>
        ) : (
          <ul className="member-list" aria-label={t('programs')}>
            {programs.map((program) => (
              <li key={program.id} className="member">
                <div className="member-identity">
                  <Link className="member-name" to={programPath(program.id)}>
                    {program.name}
                  </Link>
                  <span className="member-email">
                    {program.coach
                      ? t('list.summaryWithCoach', {
                          dates: programDates(program),
                          enrolled: program.enrolled,
                          invited: program.invited,
                          coach: program.coach.name,
                        })
                      : t('list.summary', {
                          dates: programDates(program),
                          enrolled: program.enrolled,
                          invited: program.invited,
                        })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card section" aria-labelledby="new-program-heading">
        <h2 id="new-program-heading">{t('list.create')}</h2>
        <Form method="post" noValidate className="form">
          <FormAlert message={errors.formError} />
          <ProgramFields errors={errors} coaches={coaches} />
          <div className="form-actions">
            <Button type="submit" busy={creating} busyLabel={t('list.creating')}>
              {t('list.submit')}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
