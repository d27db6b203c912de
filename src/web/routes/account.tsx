import { Link, useLoaderData, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import type { accountLoader } from '../account/account-actions';
import { useAccountText } from '../account/account-text';
import { DeleteAccountForm } from '../account/delete-account-form';
import { TwoFactorSection } from '../account/two-factor-section';
import { useDocumentTitle } from '../components/document-title';

export { accountAction, accountLoader } from '../account/account-actions';

export function AccountPage() {
  const { user } = useRouteLoaderData('app') as { user: CurrentUser };
  const { twoFactor } = useLoaderData<typeof accountLoader>();
  const t = useAccountText();
  useDocumentTitle(t('title'));
  return (
    <div className="page">
      <div className="page-heading">
        <p className="eyebrow">{t('title')}</p>
        <h1>{user.name}</h1>
        <p className="lead">{user.email}</p>
      </div>

      <TwoFactorSection status={twoFactor} />

      <section className="card section" aria-labelledby="integrations-heading">
        <h2 id="integrations-heading">{t('integrations.heading')}</h2>
        <p>{t('integrations.text')}</p>
        <Link className="button button-secondary" to="/account/integrations">
          {t('integrations.manage')}
        </Link>
      </section>

      <section className="card section" aria-labelledby="download-heading">
        <h2 id="download-heading">{t('download.heading')}</h2>
        <p>{t('download.text')}</p>
        {/* A plain link: the browser downloads the file with the session cookie, no script needed. */}
        <a className="button button-secondary" href="/api/account/export" download>
          {t('download.link')}
        </a>
      </section>

      <section className="card section" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('delete.heading')}</h2>
        <p>{t('delete.text')}</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
