import { formatDateTime } from '../format';
import { TableScroll } from '../progress/table-scroll';
import type { FrameworkVersion } from './framework-data';
import { useFrameworkText } from './framework-text';

/** Every saved version, newest first: who saved it, when, and what changed in words. */
export function FrameworkHistory({ versions }: { versions: FrameworkVersion[] }) {
  const t = useFrameworkText();
  return (
    <section className="card section" aria-labelledby="framework-history-heading">
      <h2 id="framework-history-heading">{t('history.heading')}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t('history.none')}</p>
      ) : (
        <TableScroll label={t('history.table')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.version')}</th>
                <th scope="col">{t('history.saved')}</th>
                <th scope="col">{t('history.by')}</th>
                <th scope="col">{t('history.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {[...versions]
                .sort((a, b) => b.version - a.version)
                .map((entry) => (
                  <tr key={entry.version}>
                    <td>{entry.version}</td>
                    <td>{formatDateTime(entry.createdAt)}</td>
                    <td>{entry.author ?? t('history.deletedAccount')}</td>
                    <td>{entry.summary}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
