import { Link, redirect } from 'react-router';
import { Brand } from '../components/brand';
import { useDocumentTitle } from '../components/document-title';
import { findUser } from '../session';

export async function landingLoader({ request }: { request: Request }) {
  if (await findUser(request)) throw redirect('/');
  return null;
}

const steps = [
  {
    title: 'Name what bothers you',
    text: 'Describe a situation at work in your own words. Feedforward turns it into one capability to build in yourself.',
  },
  {
    title: 'Ask the people around you',
    text: 'Send five to eight colleagues a personal link. They answer on a phone in a few minutes and need no account; you see their answers only combined, once at least three have answered.',
  },
  {
    title: 'Practice and ask again',
    text: 'Turn what you heard into a few concrete behaviors, tell your team, practice daily, and ask again in a month or two whether people see a change.',
  },
];

/** What a first-time visitor sees: what this is, how it works, and one clear way to start. */
export function LandingPage() {
  useDocumentTitle('Grow into the leader your team needs');
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="landing-header">
        <Brand />
        <Link className="button button-secondary" to="/sign-in">
          Sign in
        </Link>
      </header>
      <main id="main" className="landing-main">
        <section className="landing-hero" aria-labelledby="landing-heading">
          <h1 id="landing-heading">Grow into the leader your team needs</h1>
          <p className="lead">
            Feedforward is for people who became managers because they were good at their craft. Pick one
            leadership capability, hear candid, anonymous suggestions from the people you work with, and see
            whether they notice the change.
          </p>
          <div className="button-row">
            <Link className="button button-primary" to="/sign-up">
              Start your first growth cycle
            </Link>
          </div>
          <p className="muted">The people you ask need no account. Setting up takes about five minutes.</p>
        </section>
        <section className="landing-steps" aria-labelledby="how-heading">
          <h2 id="how-heading">How it works</h2>
          <ol className="landing-step-list">
            {steps.map((step) => (
              <li key={step.title} className="card landing-step">
                <h3>{step.title}</h3>
                <p>{step.text}</p>
              </li>
            ))}
          </ol>
        </section>
        <p className="landing-returning">
          Been here before? <Link to="/sign-in">Sign in</Link> to pick up where you left off.
        </p>
      </main>
    </>
  );
}
