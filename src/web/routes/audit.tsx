import { Link, useLoaderData, useNavigation } from 'react-router';
import { auditActionLabel } from '../../shared/audit';
import { type AuditPageData, loadAuditPage } from '../audit/audit-data';
import { AuditFilters } from '../audit/audit-filters';
import { useAuditText } from '../audit/audit-text';
import { FormAlert } from '../components/alert';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { formatDateTime } from '../format';
import { workspaceApiPath } from '../workspace/workspace-data';

export async function auditLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  return loadAuditPage(request, params.workspaceId ?? '');
}

export function AuditPage() {
  const { workspaceId, filter, query, log, errors } = useLoaderData() as AuditPageData;
  const loading = useNavigation().state === 'loading';
  const t = useAuditText();
  useDocumentTitle(t('title'));
  const csv = `${workspaceApiPath(workspaceId)}/audit.csv${query ? `?${query}` : ''}`;

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: `/workspaces/${encodeURIComponent(workspaceId)}`, label: t('workspace') },
          { label: t('title') },
        ]}
      />
      <div className="page-heading">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </div>
      <section className="card section" aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading">{t('filter')}</h2>
        <FormAlert message={errors.formError} />
        <AuditFilters filter={filter} log={log} errors={errors} />
      </section>
      <section className="section" aria-labelledby="audit-entries-heading" aria-busy={loading}>
        <div className="section-heading">
          <h2 id="audit-entries-heading">{t('entries')}</h2>
          {log ? <span className="count">{log.entries.length}</span> : null}
          {log ? (
            <a className="button button-secondary" href={csv} download>
              {t('download')}
            </a>
          ) : null}
        </div>
        {log?.truncated ? <p className="muted">{t('truncated')}</p> : null}
        {log && log.entries.length === 0 ? (
          <EmptyState title={t('noMatch')}>
            <Link to=".">{t('showAll')}</Link>
          </EmptyState>
        ) : null}
        {log && log.entries.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table audit-table">
              <caption className="visually-hidden">{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('when')}</th>
                  <th scope="col">{t('who')}</th>
                  <th scope="col">{t('what')}</th>
                  <th scope="col">{t('about')}</th>
                  <th scope="col">{t('detail')}</th>
                </tr>
              </thead>
              <tbody>
                {log.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.at)}</td>
                    <td>
                      {entry.actor ? entry.actor.name : <span className="muted">{t('deletedAccount')}</span>}
                    </td>
                    <td>{auditActionLabel(entry.action)}</td>
                    <td>{entry.target ?? ''}</td>
                    <td>{entry.detail ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
