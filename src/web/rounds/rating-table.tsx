// i18n: not yet translated
import { type ComparisonRow, formatMean } from './rating-chart';

/** Every figure of the chart in a table: the same numbers for people who would rather read than look. */
export function RatingTable({ rows, k }: { rows: ComparisonRow[]; k: number }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">
          Your self-rating and the ratings of the people you asked, per behavior
        </caption>
        <thead>
          <tr>
            <th scope="col">Behavior</th>
            <th scope="col">You</th>
            <th scope="col">Others (average)</th>
            <th scope="col">Ratings</th>
            <th scope="col">How they rated</th>
            <th scope="col">By group</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, behavior, self, result }) => (
            <tr key={id}>
              <th scope="row">{behavior}</th>
              <td>{self ?? '—'}</td>
              <td>{result.overall ? formatMean(result.overall.mean) : `Fewer than ${k} ratings`}</td>
              <td>{result.overall?.n ?? '—'}</td>
              <td>
                {result.overall
                  ? result.overall.distribution.map(({ value, count }) => `${value}: ${count}`).join(', ')
                  : '—'}
              </td>
              <td>
                {result.byGroup.length > 0
                  ? result.byGroup
                      .map(({ label, figure }) => `${label}: ${formatMean(figure.mean)}`)
                      .join('; ')
                  : 'Not shown'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
