import type { ReactNode } from 'react';

/**
 * The stakeholder's frame: no account, no navigation, nothing to click away to. The brand is plain
 * text, since the app's home page is for leaders and would only ask this person to sign in.
 */
export function AnswerFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="answer-header">
        <span className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Feedforward</span>
        </span>
      </header>
      <main id="main" className="answer-main">
        {children}
      </main>
    </>
  );
}

/** A whole page in place of the form: a used, closed or broken link, or the thanks after answering. */
export function AnswerMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="card answer-message">
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}
