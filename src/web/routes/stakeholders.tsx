import { Link, type ShouldRevalidateFunction, useLoaderData, useSearchParams } from 'react-router';
import type { MailSetup } from '../../shared/mail';
import { Breadcrumb } from '../components/breadcrumb';
import { useDocumentTitle } from '../components/document-title';
import { EmptyState } from '../components/empty-state';
import { skipRevalidationAfterRefusal } from '../forms';
import { richText } from '../i18n/rich-text';
import { getMailSetup } from '../mail-setup';
import { safeReturnPath } from '../return-path';
import { AddListForm } from '../stakeholders/add-list-form';
import { AddStakeholderForm } from '../stakeholders/add-stakeholder-form';
import { StakeholderList } from '../stakeholders/stakeholder-list';
import type { ListResult } from '../stakeholders/stakeholders-actions';
import { loadStakeholdersPage, type StakeholdersPageData } from '../stakeholders/stakeholders-data';
import { useStakeholdersText } from '../stakeholders/stakeholders-text';

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
  const t = useStakeholdersText();
  useDocumentTitle(t('page.title'));
  const workspacePath = `/workspaces/${encodeURIComponent(workspace.id)}`;
  // Come from a growth cycle's "ask for input" step: the way back is always in view.
  const next = useSearchParams()[0].get('next');
  const backToCycle = next ? safeReturnPath(next) : null;
  const back = backToCycle ? (
    <Link className="button button-primary" to={backToCycle}>
      {t('page.backToCycle')}
    </Link>
  ) : null;

  return (
    <div className="page">
      <Breadcrumb trail={[{ to: workspacePath, label: workspace.name }, { label: t('page.title') }]} />
      <div className="page-heading">
        <p className="eyebrow">{workspace.name}</p>
        <h1>{t('page.title')}</h1>
        <p className="lead">{t('page.lead')}</p>
      </div>
      {back ? <div className="button-row">{back}</div> : null}
      <ul className="explainer">
        <li>{richText(t('page.anonymous'), { strong: (chunk) => <strong>{chunk}</strong> })}</li>
        <li>
          {richText(t(mail.emailCanBeSent ? 'page.emailOptional' : 'page.noMailServer'), {
            strong: (chunk) => <strong>{chunk}</strong>,
          })}
        </li>
        <li>
          {richText(t('page.severalAtOnce'), { paste: (chunk) => <a href="#add-list-heading">{chunk}</a> })}
        </li>
      </ul>

      {stakeholders === null ? (
        <section className="card section" aria-labelledby="not-leader-heading">
          <h2 id="not-leader-heading">{t('page.forLeaders')}</h2>
          <EmptyState title={t('page.notALeader')}>
            <p>
              {richText(t('page.notALeaderText', { workspace: workspace.name }), {
                back: (chunk) => <Link to={workspacePath}>{chunk}</Link>,
              })}
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
