import { useEffect, useRef, useState } from 'react';
import { useLoaderData } from 'react-router';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { CompetencyList } from '../framework/competency-list';
import type { FrameworkPageData } from '../framework/framework-data';
import { loadFrameworkPage } from '../framework/framework-data';
import { FrameworkEditor } from '../framework/framework-editor';
import { FrameworkHistory } from '../framework/framework-history';
import { FrameworkOverview } from '../framework/framework-overview';
import { useFrameworkText } from '../framework/framework-text';
import { ImportFramework } from '../framework/import-framework';

export { frameworkAction } from '../framework/framework-actions';

export async function frameworkLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  return loadFrameworkPage(request, params.workspaceId ?? '');
}

export function FrameworkPage() {
  const { workspace, active, versions } = useLoaderData() as FrameworkPageData;
  const t = useFrameworkText();
  useDocumentTitle(t('page.title'));
  const admin = workspace.roles.includes('admin');
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Closing the editor brings keyboard users back to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const { competencies } = active.framework;

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: `/workspaces/${encodeURIComponent(workspace.id)}`, label: workspace.name },
          { label: t('page.title') },
        ]}
      />
      <div className="page-heading">
        <p className="eyebrow">{workspace.name}</p>
        <h1>{t('page.title')}</h1>
        <p className="lead">{t('page.lead')}</p>
      </div>

      <FrameworkOverview active={active} canChange={admin} />
      {!admin ? (
        <p className="muted">{t(workspace.kind === 'personal' ? 'page.adminsOnly' : 'page.adminsOnlyAsk')}</p>
      ) : null}
      {editing ? (
        <FrameworkEditor active={active} onClose={() => setEditing(false)} />
      ) : (
        <section className="section" aria-labelledby="competencies-heading">
          <div className="section-heading">
            <h2 id="competencies-heading">{t('page.competencies')}</h2>
            <span className="count">{competencies.length}</span>
          </div>
          {admin ? (
            <p>
              <button
                ref={editButton}
                type="button"
                className="button button-secondary"
                onClick={() => setEditing(true)}
              >
                {t('page.edit')}
              </button>
            </p>
          ) : null}
          <CompetencyList competencies={competencies} />
        </section>
      )}
      {admin && versions ? <FrameworkHistory versions={versions} /> : null}
      {admin ? <ImportFramework /> : null}
    </div>
  );
}
