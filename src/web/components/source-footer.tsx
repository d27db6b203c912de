// i18n: not yet translated
/**
 * Feedforward is under the GNU AGPL, which asks whoever runs a copy to offer its source to everyone using
 * it over the network, stakeholders on the answer page included. /source is served by the API, not the
 * router: a plain link, so the browser downloads the archive or follows the operator's redirect.
 */
export function SourceFooter() {
  return (
    <footer className="source-footer no-print">
      Feedforward is free software under the <a href="https://www.gnu.org/licenses/agpl-3.0.html">GNU AGPL</a>
      . <a href="/source">Get its source code</a>
    </footer>
  );
}
