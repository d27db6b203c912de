import { Link } from 'react-router';
import { useDocumentTitle } from '../components/document-title';
import { useCommonText } from '../i18n/common-text';

export function NotFoundPage() {
  const t = useCommonText();
  useDocumentTitle(t('error.pageNotFound.title'));
  return (
    <>
      <h1>{t('error.pageNotFound.title')}</h1>
      <p className="lead">{t('error.pageNotFound.message')}</p>
      <div className="public-links">
        <Link to="/">{t('error.toWorkspaces')}</Link>
      </div>
    </>
  );
}
