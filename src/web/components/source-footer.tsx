import { useCommonText } from '../i18n/common-text';
import { richText } from '../i18n/rich-text';

/**
 * Feedforward is under the GNU AGPL, which asks whoever runs a copy to offer its source to everyone using
 * it over the network, stakeholders on the answer page included. /source is served by the API, not the
 * router: a plain link, so the browser downloads the archive or follows the operator's redirect.
 */
export function SourceFooter() {
  const t = useCommonText();
  return (
    <footer className="source-footer no-print">
      {richText(t('footer.text'), {
        license: (chunk) => <a href="https://www.gnu.org/licenses/agpl-3.0.html">{chunk}</a>,
        source: (chunk) => <a href="/source">{chunk}</a>,
      })}
    </footer>
  );
}
