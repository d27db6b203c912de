import { Link } from 'react-router';
import { useDocumentTitle } from '../components/document-title';
import { useRoundsText } from '../rounds/rounds-text';

/**
 * Where a leader lands on opening a link meant for one of the people they asked, while signed in:
 * the same page whether or not that person answered (the server decides before looking).
 */
export function LinkForSomeoneElsePage() {
  const t = useRoundsText();
  useDocumentTitle(t('otherLink.title'));
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t('otherLink.title')}</h1>
        <p className="lead">{t('otherLink.lead')}</p>
      </div>
      <section className="card section" aria-labelledby="why-heading">
        <h2 id="why-heading">{t('otherLink.why')}</h2>
        <p>{t('otherLink.whyText')}</p>
        <div className="button-row">
          <Link className="button button-primary" to="/">
            {t('otherLink.back')}
          </Link>
        </div>
      </section>
    </div>
  );
}
