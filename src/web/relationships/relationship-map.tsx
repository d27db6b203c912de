// i18n: not yet translated
import type { RelationshipsMap } from '../../shared/relationships';
import { formatChange, formatShare } from '../follow-up/follow-up-data';
import { formatMean } from '../rounds/rating-chart';
import { RelationshipNote } from './relationship-note';

type Group = RelationshipsMap['groups'][number];
type Source = NonNullable<RelationshipsMap['source']>;

/** Perceived change picks the color; gray where the API gave no figure (too few answers to show). */
function toneOf(group: Group, source: Source | null): string {
  const figure = group.perceivedChange;
  if (!figure || !source) return 'tone-unknown';
  if (source.kind === 'mini_survey') {
    if (figure.mean > 1) return 'tone-strong';
    if (figure.mean > 0) return 'tone-up';
    return 'tone-flat';
  }
  if (figure.mean >= 4) return 'tone-strong';
  if (figure.mean >= 3) return 'tone-up';
  return 'tone-flat';
}

function figureText(group: Group, source: Source | null) {
  const figure = group.perceivedChange;
  if (!figure || !source) return 'Not enough answers to show';
  const merged = figure.groups.length > 1 ? ` (with ${figure.label.toLowerCase()})` : '';
  if (source.kind === 'mini_survey') {
    const share =
      figure.shareImproved === null ? '' : `, ${formatShare(figure.shareImproved)} at +1 or better`;
    return `Perceived change ${formatChange(figure.mean)}${share}, averaged over your behaviors${merged}`;
  }
  return `Average rating ${formatMean(figure.mean)} of 5, averaged over the behaviors${merged}`;
}

/**
 * The leader in the middle and the people around them by group: a ring of cards on a wide screen, a
 * plain list on a phone and to a screen reader (the markup is a list either way).
 */
export function RelationshipMap({ map, leaderName }: { map: RelationshipsMap; leaderName: string }) {
  return (
    <div className="relationship-map">
      <div className="relationship-center" aria-hidden="true">
        <span className="relationship-you">{leaderName}</span>
        <span className="muted">you</span>
      </div>
      <ul className="relationship-groups" aria-label="Your stakeholders by group">
        {map.groups.map((group) => (
          <li
            key={group.group}
            className={`relationship-group group-${group.group} ${toneOf(group, map.source)}`}
          >
            <h3 className="relationship-group-name">
              {group.label}
              <span className="count">{group.stakeholders.length}</span>
            </h3>
            <p className="relationship-figure">{figureText(group, map.source)}</p>
            <ul className="relationship-people" aria-label={`${group.label}: people`}>
              {group.stakeholders.map((person) => (
                <li key={person.id} className="relationship-person">
                  <span className="relationship-person-name">{person.name}</span>
                  {person.note ? <p className="relationship-note-text">{person.note}</p> : null}
                  <RelationshipNote stakeholderId={person.id} name={person.name} note={person.note} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MapLegend({ source }: { source: RelationshipsMap['source'] }) {
  const change = source?.kind === 'mini_survey';
  return (
    <ul className="chart-legend map-legend" aria-label="What the colors mean">
      <li className="legend-item">
        <span className="legend-swatch swatch-strong" />{' '}
        {change ? 'Above +1: real progress' : 'Average 4 or more of 5'}
      </li>
      <li className="legend-item">
        <span className="legend-swatch swatch-up" />{' '}
        {change ? 'Some improvement (0 to +1)' : 'Average 3 to 4'}
      </li>
      <li className="legend-item">
        <span className="legend-swatch swatch-flat" /> {change ? 'No change or worse' : 'Below 3'}
      </li>
      <li className="legend-item">
        <span className="legend-swatch swatch-unknown" /> Gray: not enough answers to show
      </li>
    </ul>
  );
}
