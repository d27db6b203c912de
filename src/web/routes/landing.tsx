import { Link, redirect } from 'react-router';
import { Brand } from '../components/brand';
import { useDocumentTitle } from '../components/document-title';
import { useCommonText } from '../i18n/common-text';
import { LanguageSelect } from '../i18n/language-select';
import { richText } from '../i18n/rich-text';
import { findUser } from '../session';
import { useLandingText } from './landing-text';

export async function landingLoader({ request }: { request: Request }) {
  if (await findUser(request)) throw redirect('/');
  return null;
}

const steps = ['step1', 'step2', 'step3'] as const;

/** What a first-time visitor sees: what this is, how it works, and one clear way to start. */
export function LandingPage() {
  const t = useLandingText();
  const common = useCommonText();
  useDocumentTitle(t('title'));
  return (
    <>
      <a className="skip-link" href="#main">
        {common('layout.skipToContent')}
      </a>
      <header className="landing-header">
        <Brand />
        <div className="landing-header-actions">
          <LanguageSelect />
          <Link className="button button-secondary" to="/sign-in">
            {t('signIn')}
          </Link>
        </div>
      </header>
      <main id="main" className="landing-main">
        <section className="landing-hero" aria-labelledby="landing-heading">
          <h1 id="landing-heading">{t('title')}</h1>
          <p className="lead">{t('lead')}</p>
          <div className="button-row">
            <Link className="button button-primary" to="/sign-up">
              {t('start')}
            </Link>
          </div>
          <p className="muted">{t('noAccountNeeded')}</p>
        </section>
        <section className="landing-steps" aria-labelledby="how-heading">
          <h2 id="how-heading">{t('howItWorks')}</h2>
          <ol className="landing-step-list">
            {steps.map((step) => (
              <li key={step} className="card landing-step">
                <h3>{t(`${step}.title`)}</h3>
                <p>{t(`${step}.text`)}</p>
              </li>
            ))}
          </ol>
        </section>
        <p className="landing-returning">
          {richText(t('returning'), { signIn: (chunk) => <Link to="/sign-in">{chunk}</Link> })}
        </p>
      </main>
    </>
  );
}
