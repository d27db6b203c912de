import { type ReactNode, useId } from 'react';
import { isLocale, localeNames, locales } from '../../shared/i18n/locales';
import { useAnswerLanguage } from './answer-language';

/**
 * The stakeholder's frame: no account, no navigation, nothing to click away to. The brand is plain
 * text, since the app's home page is for leaders and would only ask this person to sign in. The one
 * control is the page's language.
 */
export function AnswerFrame({ children }: { children: ReactNode }) {
  const { t } = useAnswerLanguage();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="answer-header">
        <span className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Feedforward</span>
        </span>
        <LanguageChoice />
      </header>
      <main id="main" className="answer-main">
        {children}
      </main>
      <SourceFooter />
    </>
  );
}

/** Each language is named in itself (and marked as such), so a reader finds their own. */
function LanguageChoice() {
  const { locale, t, choose } = useAnswerLanguage();
  const id = useId();
  return (
    <div className="answer-language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) choose(event.target.value);
        }}
      >
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The AGPL's offer of the source, as on every page (src/web/components/source-footer.tsx), translated. */
function SourceFooter() {
  const { t } = useAnswerLanguage();
  const [before, after] = t('footer.license', { license: '\u0000' }).split('\u0000');
  return (
    <footer className="source-footer no-print">
      {before}
      <a href="https://www.gnu.org/licenses/agpl-3.0.html">GNU AGPL</a>
      {after} <a href="/source">{t('footer.source')}</a>
    </footer>
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
