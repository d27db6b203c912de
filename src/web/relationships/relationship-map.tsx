import type { RelationshipsMap } from '../../shared/relationships';
import { inSentence } from '../cycles/cycles-text';
import { formatChange, formatShare } from '../follow-up/follow-up-data';
import { useFollowUpText } from '../follow-up/follow-up-text';
import { formatMean, groupLabel } from '../rounds/rating-chart';
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

function FigureText({ group, source }: { group: Group; source: Source | null }) {
  const t = useFollowUpText();
  const figure = group.perceivedChange;
  if (!figure || !source) return t('map.notEnough');
  const merged =
    figure.groups.length > 1 ? t('map.merged', { group: inSentence(groupLabel(figure.label)) }) : '';
  if (source.kind === 'mini_survey') {
    const mean = formatChange(figure.mean);
    return figure.shareImproved === null
      ? t('map.change', { mean, merged })
      : t('map.changeWithShare', { mean, share: formatShare(figure.shareImproved), merged });
  }
  return t('map.rating', { mean: formatMean(figure.mean), merged });
}

/**
 * The leader in the middle and the people around them by group: a ring of cards on a wide screen, a
 * plain list on a phone and to a screen reader (the markup is a list either way).
 */
export function RelationshipMap({ map, leaderName }: { map: RelationshipsMap; leaderName: string }) {
  const t = useFollowUpText();
  return (
    <div className="relationship-map">
      <div className="relationship-center" aria-hidden="true">
        <span className="relationship-you">{leaderName}</span>
        <span className="muted">{t('map.you')}</span>
      </div>
      <ul className="relationship-groups" aria-label={t('map.label')}>
        {map.groups.map((group) => (
          <li
            key={group.group}
            className={`relationship-group group-${group.group} ${toneOf(group, map.source)}`}
          >
            <h3 className="relationship-group-name">
              {groupLabel(group.label)}
              <span className="count">{group.stakeholders.length}</span>
            </h3>
            <p className="relationship-figure">
              <FigureText group={group} source={map.source} />
            </p>
            <ul
              className="relationship-people"
              aria-label={t('map.people', { group: groupLabel(group.label) })}
            >
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
  const t = useFollowUpText();
  const change = source?.kind === 'mini_survey';
  return (
    <ul className="chart-legend map-legend" aria-label={t('legend.label')}>
      <li className="legend-item">
        <span className="legend-swatch swatch-strong" />{' '}
        {change ? t('legend.changeStrong') : t('legend.ratingStrong')}
      </li>
      <li className="legend-item">
        <span className="legend-swatch swatch-up" /> {change ? t('legend.changeUp') : t('legend.ratingUp')}
      </li>
      <li className="legend-item">
        <span className="legend-swatch swatch-flat" />{' '}
        {change ? t('legend.changeFlat') : t('legend.ratingFlat')}
      </li>
      <li className="legend-item">
        <span className="legend-swatch swatch-unknown" /> {t('legend.unknown')}
      </li>
    </ul>
  );
}
