import { Link, redirect, useLoaderData, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import {
  createWorkspaceSchema,
  type WorkspaceSummary,
  workspaceCreatedSchema,
  workspaceListSchema,
} from '../../shared/workspaces';
import { apiGet, apiPost } from '../api';
import { Alert } from '../components/alert';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { RoleBadges } from '../components/role-badges';
import { setFlash, takeFlash } from '../flash';
import { errorsFromFailure, failed, readForm, validate } from '../forms';
import { CreateOrganizationForm } from '../workspace/create-organization-form';
import { homeText, useHomeText } from './home-text';

export async function homeLoader({ request }: { request: Request }) {
  const { workspaces } = await apiGet('/api/workspaces', workspaceListSchema, { request });
  return { workspaces, flash: takeFlash() };
}

export async function homeAction({ request }: { request: Request }) {
  const checked = validate(createWorkspaceSchema, await readForm(request), ['name']);
  if ('errors' in checked) return failed(checked.errors);
  try {
    const { id } = await apiPost('/api/workspaces', checked.data, workspaceCreatedSchema, { request });
    setFlash(homeText('created', { name: checked.data.name }));
    return redirect(`/workspaces/${encodeURIComponent(id)}`);
  } catch (error) {
    return failed(errorsFromFailure(error, ['name']));
  }
}

export function HomePage() {
  const t = useHomeText();
  useDocumentTitle(t('title'));
  const { workspaces, flash } = useLoaderData() as { workspaces: WorkspaceSummary[]; flash: string | null };
  const { user } = useRouteLoaderData('app') as { user: CurrentUser };
  const personal = workspaces.filter((workspace) => workspace.kind === 'personal');
  const organizations = workspaces.filter((workspace) => workspace.kind === 'organization');

  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('title')}</h1>
        <p className="lead">{t('hello', { name: user.name })}</p>
      </div>
      {flash ? <Alert tone="success">{flash}</Alert> : null}

      <section className="section" aria-labelledby="personal-heading">
        <h2 id="personal-heading">{t('personal')}</h2>
        <WorkspaceList workspaces={personal} />
      </section>

      <section className="section" aria-labelledby="organizations-heading">
        <h2 id="organizations-heading">{t('organizations')}</h2>
        {organizations.length > 0 ? (
          <WorkspaceList workspaces={organizations} />
        ) : (
          <EmptyState title={t('noOrganization')}>
            <p>{t('noOrganizationText')}</p>
          </EmptyState>
        )}
      </section>

      <section className="section card" aria-labelledby="create-heading">
        <h2 id="create-heading">{t('create')}</h2>
        <p>{t('createText')}</p>
        <CreateOrganizationForm />
      </section>
    </div>
  );
}

function WorkspaceList({ workspaces }: { workspaces: WorkspaceSummary[] }) {
  const t = useHomeText();
  return (
    <ul className="workspace-list">
      {workspaces.map((workspace) => (
        <li key={workspace.id}>
          <Link className="workspace-card" to={`/workspaces/${encodeURIComponent(workspace.id)}`}>
            <span className="workspace-card-name">{workspace.name}</span>
            <span className="workspace-card-kind">
              {workspace.kind === 'personal' ? t('personalWorkspace') : t('organization')}
            </span>
            <RoleBadges roles={workspace.roles} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
