// i18n: not yet translated
import { formatDateTime } from '../format';
import { TableScroll } from '../progress/table-scroll';
import type { FrameworkVersion } from './framework-data';

/** Every saved version, newest first: who saved it, when, and what changed in words. */
export function FrameworkHistory({ versions }: { versions: FrameworkVersion[] }) {
  return (
    <section className="card section" aria-labelledby="framework-history-heading">
      <h2 id="framework-history-heading">Version history</h2>
      {versions.length === 0 ? (
        <p className="muted">No version saved yet: this workspace uses the built-in framework as it came.</p>
      ) : (
        <TableScroll label="Version history table">
          <table className="data-table">
            <caption className="visually-hidden">Saved versions of the framework, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">What changed</th>
              </tr>
            </thead>
            <tbody>
              {[...versions]
                .sort((a, b) => b.version - a.version)
                .map((entry) => (
                  <tr key={entry.version}>
                    <td>{entry.version}</td>
                    <td>{formatDateTime(entry.createdAt)}</td>
                    <td>{entry.author ?? 'A deleted account'}</td>
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
