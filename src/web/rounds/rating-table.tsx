import { type ComparisonRow, formatMean, groupLabel } from './rating-chart';
import { useRoundsText } from './rounds-text';

/** Every figure of the chart in a table: the same numbers for people who would rather read than look. */
export function RatingTable({ rows, k }: { rows: ComparisonRow[]; k: number }) {
  const t = useRoundsText();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.behavior')}</th>
            <th scope="col">{t('chart.you')}</th>
            <th scope="col">{t('table.othersAverage')}</th>
            <th scope="col">{t('table.ratings')}</th>
            <th scope="col">{t('table.howTheyRated')}</th>
            <th scope="col">{t('table.byGroup')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, behavior, self, result }) => (
            <tr key={id}>
              <th scope="row">{behavior}</th>
              <td>{self ?? '—'}</td>
              <td>{result.overall ? formatMean(result.overall.mean) : t('table.fewer', { k })}</td>
              <td>{result.overall?.n ?? '—'}</td>
              <td>
                {result.overall
                  ? result.overall.distribution.map(({ value, count }) => `${value}: ${count}`).join(', ')
                  : '—'}
              </td>
              <td>
                {result.byGroup.length > 0
                  ? result.byGroup
                      .map(({ label, figure }) =>
                        t('table.groupMean', { group: groupLabel(label), mean: formatMean(figure.mean) }),
                      )
                      .join('; ')
                  : t('table.notShown')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
