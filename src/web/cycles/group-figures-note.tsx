// i18n: not yet translated
import type { RelationshipGroup } from '../../shared/questions';
import { groupFiguresPlan } from './group-figures';

const plural: Record<string, string> = {
  'Direct report': 'direct reports',
  Peer: 'peers',
  Manager: 'managers',
  Other: 'others',
};

const listed = (labels: string[]) =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * Before the round opens, what its results will be able to show for the people chosen: figures per
 * relationship group only where a group reaches k, the rest merged into "Others" or not split at all.
 */
export function GroupFiguresNote({ groups, k }: { groups: RelationshipGroup[]; k: number }) {
  const plan = groupFiguresPlan(groups, k);
  if (plan.kind === 'too-few') return null;
  return (
    <div className="group-figures" role="status">
      <p className="group-figures-title">How the results will be grouped</p>
      {plan.kind === 'together-only' ? (
        <p>
          You will see everyone’s answers together, never per group:{' '}
          {plan.reason === 'one-group'
            ? 'everyone you ask has the same relationship to you.'
            : plan.reason === 'no-group-reaches-k'
              ? `no group has ${k} people, and a smaller group could be told apart.`
              : `the rest beside your largest group is under ${k} people, so it could be told apart.`}{' '}
          To see a group on its own, ask at least {k} people from it, and at least {k} others besides.
        </p>
      ) : (
        <ul>
          {plan.own.map(({ label, count }) => (
            <li key={label}>
              {people(count)} among your {plural[label] ?? label.toLowerCase()}: figures of their own.
            </li>
          ))}
          {plan.others ? (
            <li>
              {listed(plan.others.labels.map((label) => plural[label] ?? label))} ({people(plan.others.count)}
              ): combined as “Others”, as no group among them has {k}.
            </li>
          ) : null}
        </ul>
      )}
      <p className="muted">
        Each figure also needs at least {k} answers. Where a group has fewer on a question, that question
        shows no groups at all, only everyone together.
      </p>
    </div>
  );
}
