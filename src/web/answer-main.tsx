import { Component, type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnswerFailed } from './answer/answer-failed';
import { AnswerPage } from './routes/answer';
import './styles.css';

/**
 * The stakeholder's answer page as an entry of its own (answer.html, served at /answer): no router and
 * none of the leader's screens, so a phone on a slow line downloads the form and little else. Its frame
 * carries the source footer, in the page's language.
 */
class RenderFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <AnswerFailed /> : this.props.children;
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('answer.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <RenderFailure>
      <AnswerPage />
    </RenderFailure>
  </StrictMode>,
);
