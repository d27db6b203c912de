import type { Competency, FrameworkFile } from '../../../shared/framework';

type Keyed = { key: string };
const keysOf = (items: readonly Keyed[]) => items.map((item) => item.key);

/** Whether the items both lists share come in a different order (additions and removals aside). */
function reordered(before: readonly Keyed[], after: readonly Keyed[]): boolean {
  const shared = keysOf(after).filter((key) => keysOf(before).includes(key));
  return (
    keysOf(before)
      .filter((key) => shared.includes(key))
      .join('\n') !== shared.join('\n')
  );
}

function behaviorChanges(before: Competency, after: Competency): string[] {
  const changes: string[] = [];
  const old = new Map(before.behaviors.map((behavior) => [behavior.key, behavior]));
  for (const behavior of after.behaviors) {
    const previous = old.get(behavior.key);
    const quoted = `"${behavior.text}" in ${after.name}`;
    if (!previous) changes.push(`Added behavior ${quoted}`);
    else if (!previous.retired && behavior.retired) changes.push(`Retired behavior ${quoted}`);
    else if (previous.retired && !behavior.retired) changes.push(`Restored behavior ${quoted}`);
    else if (previous.text !== behavior.text) changes.push(`Reworded behavior ${quoted}`);
  }
  if (reordered(before.behaviors, after.behaviors)) changes.push(`Reordered behaviors in ${after.name}`);
  return changes;
}

function competencyEdited(before: Competency, after: Competency): boolean {
  return (
    before.name !== after.name ||
    before.description !== after.description ||
    before.whyItMatters !== after.whyItMatters ||
    before.reflectionPrompts.join('\n') !== after.reflectionPrompts.join('\n')
  );
}

/**
 * What a save changed, in words for the history and the audit log. Items are matched by key, which
 * the editor never changes; an item missing from the new version was deleted outright (only a file
 * import can do that).
 */
export function describeFrameworkChanges(before: FrameworkFile, after: FrameworkFile): string[] {
  const changes: string[] = [];
  if (before.name !== after.name) changes.push(`Renamed the framework to "${after.name}"`);
  const old = new Map(before.competencies.map((competency) => [competency.key, competency]));
  for (const competency of after.competencies) {
    const previous = old.get(competency.key);
    if (!previous) {
      changes.push(`Added competency ${competency.name}`);
      continue;
    }
    if (!previous.retired && competency.retired) changes.push(`Retired competency ${competency.name}`);
    if (previous.retired && !competency.retired) changes.push(`Restored competency ${competency.name}`);
    if (competencyEdited(previous, competency)) changes.push(`Edited competency ${competency.name}`);
    changes.push(...behaviorChanges(previous, competency));
  }
  for (const competency of before.competencies) {
    if (!after.competencies.some((candidate) => candidate.key === competency.key)) {
      changes.push(`Removed competency ${competency.name}`);
    }
  }
  if (reordered(before.competencies, after.competencies)) changes.push('Reordered competencies');
  return changes;
}

/** One line for the history, short enough for a table cell. */
export function summarizeChanges(changes: readonly string[]): string {
  if (changes.length <= 3) return changes.join('; ');
  return `${changes.slice(0, 3).join('; ')}; and ${changes.length - 3} more`;
}

/** Names of competencies and behaviors the earlier version had and the new one lacks. */
export function missingKeys(before: FrameworkFile, after: FrameworkFile): string[] {
  const afterByKey = new Map(after.competencies.map((competency) => [competency.key, competency]));
  return before.competencies.flatMap((competency) => {
    const kept = afterByKey.get(competency.key);
    if (!kept) return [competency.name];
    const keys = new Set(kept.behaviors.map((behavior) => behavior.key));
    return competency.behaviors
      .filter((behavior) => !keys.has(behavior.key))
      .map((behavior) => behavior.text);
  });
}
