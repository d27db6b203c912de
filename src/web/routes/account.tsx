// i18n: not yet translated
import { Link, useLoaderData, useRouteLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import type { accountLoader } from '../account/account-actions';
import { DeleteAccountForm } from '../account/delete-account-form';
import { TwoFactorSection } from '../account/two-factor-section';
import { useDocumentTitle } from '../components/document-title';

export { accountAction, accountLoader } from '../account/account-actions';

export function AccountPage() {
  const { user } = useRouteLoaderData('app') as { user: CurrentUser };
  const { twoFactor } = useLoaderData<typeof accountLoader>();
  useDocumentTitle('Account');
  return (
    <div className="page">
      <div className="page-heading">
        <p className="eyebrow">Account</p>
        <h1>{user.name}</h1>
        <p className="lead">{user.email}</p>
      </div>

      <TwoFactorSection status={twoFactor} />

      <section className="card section" aria-labelledby="integrations-heading">
        <h2 id="integrations-heading">Calendar, chat and integrations</h2>
        <p>
          Put your dates in your calendar, get reminders in Slack or Teams, let your own scripts read or
          change your data, and tell other tools when a round closes.
        </p>
        <Link className="button button-secondary" to="/account/integrations">
          Manage calendar, chat and integrations
        </Link>
      </section>

      <section className="card section" aria-labelledby="download-heading">
        <h2 id="download-heading">Download my data</h2>
        <p>
          One ZIP file with everything of yours: your account, workspaces, stakeholders, growth cycles,
          commitments and check-ins, and the released results of your rounds, as JSON and as CSV tables for a
          spreadsheet. Individual answers are not included: that is what keeps them anonymous.
        </p>
        {/* A plain link: the browser downloads the file with the session cookie, no script needed. */}
        <a className="button button-secondary" href="/api/account/export" download>
          Download my data
        </a>
      </section>

      <section className="card section" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete my account</h2>
        <p>
          Deletes your account and everything of yours, including your rounds and the answers given to them.
          If you are the only admin of an organization with other members, make someone else an admin first.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
