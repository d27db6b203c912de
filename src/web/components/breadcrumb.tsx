import { Fragment } from 'react';
import { Link } from 'react-router';
import { useCommonText } from '../i18n/common-text';

/** A step on the way back up; without `to` it is the page you are on. */
export type Crumb = { to?: string; label: string };

/** The trail from the workspace list down to this page. Every trail starts at "Workspaces". */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  const t = useCommonText();
  return (
    <nav aria-label={t('breadcrumb.label')} className="breadcrumb">
      <Link to="/" className="link-target">
        {t('layout.workspaces')}
      </Link>
      {trail.map((crumb) => (
        <Fragment key={crumb.to ?? crumb.label}>
          <span aria-hidden="true">/</span>
          {crumb.to === undefined ? (
            <span aria-current="page">{crumb.label}</span>
          ) : (
            <Link to={crumb.to} className="link-target">
              {crumb.label}
            </Link>
          )}
        </Fragment>
      ))}
    </nav>
  );
}
