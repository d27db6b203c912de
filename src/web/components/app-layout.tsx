import { Form, NavLink, Outlet, useLoaderData, useNavigation } from 'react-router';
import type { CurrentUser } from '../../shared/accounts';
import { requireUser } from '../session';
import { Brand } from './brand';
import { Button } from './button';
import { useFocusHeadingOnNavigate } from './focus-on-navigate';
import { NavigationProgress } from './loading';

export async function appLayoutLoader({ request }: { request: Request }) {
  return { user: await requireUser(request) };
}

/** The frame of every signed-in page: skip link, header with navigation and sign-out, main content. */
export function AppLayout() {
  const { user } = useLoaderData() as { user: CurrentUser };
  const navigation = useNavigation();
  const signingOut = navigation.formAction === '/sign-out';
  useFocusHeadingOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavigationProgress />
      <header className="app-header">
        <div className="app-header-inner">
          <Brand />
          <nav aria-label="Main" className="app-nav">
            <NavLink to="/" end>
              Workspaces
            </NavLink>
          </nav>
          <div className="app-account">
            <span className="app-account-name" title={user.email}>
              {user.name}
            </span>
            <Form method="post" action="/sign-out">
              <Button type="submit" variant="quiet" busy={signingOut} busyLabel="Signing out…">
                Sign out
              </Button>
            </Form>
          </div>
        </div>
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </>
  );
}
