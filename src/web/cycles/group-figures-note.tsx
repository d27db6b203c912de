import type { RelationshipGroup } from '../../shared/questions';
import { type CyclesTextKey, useCyclesText } from './cycles-text';
import { type GroupFiguresPlan, groupFiguresPlan } from './group-figures';

type TogetherReason = Extract<GroupFiguresPlan, { kind: 'together-only' }>['reason'];

const togetherKeys = {
  'one-group': 'groupFigures.together.oneGroup',
  'no-group-reaches-k': 'groupFigures.together.noGroupReachesK',
  'rest-too-small': 'groupFigures.together.restTooSmall',
} as const satisfies Record<TogetherReason, CyclesTextKey>;

const ownKeys = {
  direct_report: 'groupFigures.own.directReports',
  peer: 'groupFigures.own.peers',
  manager: 'groupFigures.own.managers',
  other: 'groupFigures.own.others',
} as const satisfies Record<RelationshipGroup, CyclesTextKey>;

const pluralKeys = {
  direct_report: 'groupFigures.plural.directReports',
  peer: 'groupFigures.plural.peers',
  manager: 'groupFigures.plural.managers',
  other: 'groupFigures.plural.others',
} as const satisfies Record<RelationshipGroup, CyclesTextKey>;

/**
 * Before the round opens, what its results will be able to show for the people chosen: figures per
 * relationship group only where a group reaches k, the rest merged into "Others" or not split at all.
 */
export function GroupFiguresNote({ groups, k }: { groups: RelationshipGroup[]; k: number }) {
  const t = useCyclesText();
  const plan = groupFiguresPlan(groups, k);
  if (plan.kind === 'too-few') return null;
  const listed = (names: string[]) =>
    names.length <= 1
      ? (names[0] ?? '')
      : t('groupFigures.list', { first: names.slice(0, -1).join(', '), last: names.at(-1) ?? '' });
  return (
    <div className="group-figures" role="status">
      <p className="group-figures-title">{t('groupFigures.title')}</p>
      {plan.kind === 'together-only' ? (
        <p>{t(togetherKeys[plan.reason], { k })}</p>
      ) : (
        <ul>
          {plan.own.map(({ group, count }) => (
            <li key={group}>{t(ownKeys[group], { count })}</li>
          ))}
          {plan.others ? (
            <li>
              {t('groupFigures.others', {
                groups: listed(plan.others.groups.map((group) => t(pluralKeys[group]))),
                count: plan.others.count,
                k,
              })}
            </li>
          ) : null}
        </ul>
      )}
      <p className="muted">{t('groupFigures.eachFigure', { k })}</p>
    </div>
  );
}
