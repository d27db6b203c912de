import { Outlet } from 'react-router';
import { Brand } from './brand';

/** The calm, centered frame for signing in, signing up and following links from emails. */
export function PublicLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="public-header">
        <Brand />
      </header>
      <main id="main" className="public-main">
        <div className="card public-card">
          <Outlet />
        </div>
        <p className="public-footnote">
          Feedforward helps new managers grow into leaders, with candid, anonymous input from the people
          around them.
        </p>
      </main>
    </>
  );
}
