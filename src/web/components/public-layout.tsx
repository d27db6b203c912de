import { Outlet } from 'react-router';
import { useCommonText } from '../i18n/common-text';
import { LanguageSelect } from '../i18n/language-select';
import { Brand } from './brand';

/** The calm, centered frame for signing in, signing up and following links from emails. */
export function PublicLayout() {
  const t = useCommonText();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="public-header">
        <Brand />
        <LanguageSelect />
      </header>
      <main id="main" className="public-main">
        <div className="card public-card">
          <Outlet />
        </div>
        <p className="public-footnote">{t('layout.footnote')}</p>
      </main>
    </>
  );
}
