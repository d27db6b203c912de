import {
  Form,
  Link,
  Outlet,
  type RouterContextProvider,
  useLoaderData,
  useLocation,
  useNavigation,
} from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import type { MailSetup } from '../../shared/mail';
import { useCommonText } from '../i18n/common-text';
import { LanguageSelect } from '../i18n/language-select';
import { getMailSetup } from '../mail-setup';
import { signedInUser } from '../session';
import { Brand } from './brand';
import { Button } from './button';
import { VerifyEmailNotice } from './verify-email-notice';

type AppLayoutData = { user: CurrentUser; mailSetup: MailSetup | null };

/** Who is signed in, as requireSignedIn found out before any loader ran; mail setup for the notice. */
export async function appLayoutLoader({
  context,
  request,
}: {
  context: Readonly<RouterContextProvider>;
  request: Request;
}): Promise<AppLayoutData> {
  const user = context.get(signedInUser);
  return { user, mailSetup: user.emailVerified ? null : await getMailSetup(request) };
}

/** "page" on the section's own page, "true" on pages inside it (a workspace is inside Workspaces). */
function sectionCurrent(pathname: string, home: string, inside: string[]) {
  if (pathname === home) return 'page' as const;
  return inside.some((prefix) => pathname.startsWith(prefix)) ? ('true' as const) : undefined;
}

/** The frame of every signed-in page: skip link, header with navigation and sign-out, main content. */
export function AppLayout() {
  const { user, mailSetup } = useLoaderData() as AppLayoutData;
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const signingOut = navigation.formAction === '/sign-out';
  const t = useCommonText();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Brand />
          <nav aria-label={t('layout.mainNavigation')} className="app-nav">
            <Link
              to="/"
              aria-current={sectionCurrent(pathname, '/', ['/workspaces/', '/cycles/', '/rounds/'])}
            >
              {t('layout.workspaces')}
            </Link>
            <Link to="/coaching" aria-current={sectionCurrent(pathname, '/coaching', ['/coaching/'])}>
              {t('layout.coaching')}
            </Link>
            <Link to="/account" aria-current={pathname === '/account' ? 'page' : undefined}>
              {t('layout.account')}
            </Link>
          </nav>
          <div className="app-account">
            <LanguageSelect keepOnAccount />
            <span className="app-account-name" title={user.email}>
              {user.name}
            </span>
            <Form method="post" action="/sign-out">
              <Button type="submit" variant="quiet" busy={signingOut} busyLabel={t('layout.signingOut')}>
                {t('layout.signOut')}
              </Button>
            </Form>
          </div>
        </div>
      </header>
      <main id="main" className="app-main">
        {mailSetup ? <VerifyEmailNotice user={user} mailSetup={mailSetup} /> : null}
        <Outlet />
      </main>
    </>
  );
}
