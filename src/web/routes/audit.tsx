// i18n: not yet translated
import { Link, useLoaderData, useNavigation } from 'react-router';
import { auditActionLabel } from '../../shared/audit';
import { type AuditPageData, loadAuditPage } from '../audit/audit-data';
import { AuditFilters } from '../audit/audit-filters';
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
  useDocumentTitle('Audit log');
  const csv = `${workspaceApiPath(workspaceId)}/audit.csv${query ? `?${query}` : ''}`;

  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { to: `/workspaces/${encodeURIComponent(workspaceId)}`, label: 'Workspace' },
          { label: 'Audit log' },
        ]}
      />
      <div className="page-heading">
        <h1>Audit log</h1>
        <p className="lead">
          Who changed what in this organization, and when: members, roles, settings, the framework and
          exports. It never holds answers, nor who was asked or who answered.
        </p>
      </div>
      <section className="card section" aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading">Filter</h2>
        <FormAlert message={errors.formError} />
        <AuditFilters filter={filter} log={log} errors={errors} />
      </section>
      <section className="section" aria-labelledby="audit-entries-heading" aria-busy={loading}>
        <div className="section-heading">
          <h2 id="audit-entries-heading">Entries</h2>
          {log ? <span className="count">{log.entries.length}</span> : null}
          {log ? (
            <a className="button button-secondary" href={csv} download>
              Download as CSV
            </a>
          ) : null}
        </div>
        {log?.truncated ? (
          <p className="muted">Showing the newest 200. The CSV holds every matching entry.</p>
        ) : null}
        {log && log.entries.length === 0 ? (
          <EmptyState title="No entries match these filters.">
            <Link to=".">Show every entry</Link>
          </EmptyState>
        ) : null}
        {log && log.entries.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table audit-table">
              <caption className="visually-hidden">Audit log entries, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">About</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {log.entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.at)}</td>
                    <td>
                      {entry.actor ? entry.actor.name : <span className="muted">A deleted account</span>}
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
