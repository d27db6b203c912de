// i18n: not yet translated
import { Link, type ShouldRevalidateFunction, useLoaderData, useSearchParams } from 'react-router';
import type { MailSetup } from '../../shared/mail';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { skipRevalidationAfterRefusal } from '../forms';
import { getMailSetup } from '../mail-setup';
import { safeReturnPath } from '../return-path';
import { AddListForm } from '../stakeholders/add-list-form';
import { AddStakeholderForm } from '../stakeholders/add-stakeholder-form';
import { StakeholderList } from '../stakeholders/stakeholder-list';
import type { ListResult } from '../stakeholders/stakeholders-actions';
import { loadStakeholdersPage, type StakeholdersPageData } from '../stakeholders/stakeholders-data';

export { stakeholdersAction } from '../stakeholders/stakeholders-actions';

export async function stakeholdersLoader({
  request,
  params,
}: {
  request: Request;
  params: { workspaceId?: string };
}) {
  const [page, mail] = await Promise.all([
    loadStakeholdersPage(request, params.workspaceId ?? ''),
    getMailSetup(request),
  ]);
  return { ...page, mail };
}

/** Checking a pasted list saves nothing, so there is nothing new to load afterwards. */
export const stakeholdersShouldRevalidate: ShouldRevalidateFunction = (args) =>
  (args.actionResult as ListResult | undefined)?.ok && (args.actionResult as { dryRun?: boolean }).dryRun
    ? false
    : skipRevalidationAfterRefusal(args);

export function StakeholdersPage() {
  const { workspace, stakeholders, mail } = useLoaderData() as StakeholdersPageData & { mail: MailSetup };
  useDocumentTitle('Stakeholders');
  const workspacePath = `/workspaces/${encodeURIComponent(workspace.id)}`;
  // Come from a growth cycle's "ask for input" step: the way back is always in view.
  const next = useSearchParams()[0].get('next');
  const backToCycle = next ? safeReturnPath(next) : null;
  const back = backToCycle ? (
    <Link className="button button-primary" to={backToCycle}>
      Back to your growth cycle
    </Link>
  ) : null;

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: workspacePath, label: workspace.name }, { label: 'Stakeholders' }]} />
      <div className="page-heading">
        <p className="eyebrow">{workspace.name}</p>
        <h1>Stakeholders</h1>
        <p className="lead">
          The people whose view of your leadership you ask for: usually five to eight, among your direct
          reports, peers and manager. You keep one list and reuse it in every growth cycle.
        </p>
      </div>
      {back ? <div className="button-row">{back}</div> : null}
      <ul className="explainer">
        <li>
          They answer <strong>anonymously</strong>, each through a personal link, in two or three minutes.
        </li>
        <li>
          {mail.emailCanBeSent ? (
            <>
              Email is <strong>optional</strong>. With it, Feedforward sends the link and the reminders;
              without it, you get the link to pass on yourself.
            </>
          ) : (
            <>
              This Feedforward has no mail server, so it emails nobody: you get each person's link to pass on
              yourself. An email address is <strong>optional</strong>.
            </>
          )}
        </li>
        <li>
          Adding several people at once? <a href="#add-list-heading">Paste a list</a> from a spreadsheet or
          your address book.
        </li>
      </ul>

      {stakeholders === null ? (
        <section className="card section" aria-labelledby="not-leader-heading">
          <h2 id="not-leader-heading">Stakeholders belong to leaders</h2>
          <EmptyState title="You are not a leader in this workspace">
            <p>
              Leaders keep their own list of stakeholders. Ask an admin of {workspace.name} for the leader
              role, or use your personal workspace. <Link to={workspacePath}>Back to {workspace.name}</Link>
            </p>
          </EmptyState>
        </section>
      ) : (
        <>
          <StakeholderList stakeholders={stakeholders} anonymityK={workspace.anonymityK}>
            <AddStakeholderForm />
          </StakeholderList>
          <AddListForm />
          {back ? <div className="button-row">{back}</div> : null}
        </>
      )}
    </div>
  );
}
