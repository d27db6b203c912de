import { type Competency, type FrameworkFile, frameworkFileSchema } from '../../shared/framework';

/**
 * The framework as the editor holds it while an admin works on it. Items keep their key for
 * life: new ones get a temporary key here and a lasting one, made from their words, when saved.
 * Nothing saved can be deleted, only retired (decision 0046), so a key never comes back
 * meaning something else.
 */

type Behavior = Competency['behaviors'][number];

const draftKeyPrefix = 'draft-';
let drafted = 0;
const draftKey = () => `${draftKeyPrefix}${++drafted}`;

/** Keys of every competency and behavior the saved version has. */
export function savedKeysOf(framework: FrameworkFile): Set<string> {
  return new Set(
    framework.competencies.flatMap((competency) => [
      `c:${competency.key}`,
      ...competency.behaviors.map((behavior) => `b:${competency.key}:${behavior.key}`),
    ]),
  );
}

export const isSavedCompetency = (saved: Set<string>, key: string) => saved.has(`c:${key}`);
export const isSavedBehavior = (saved: Set<string>, competencyKey: string, key: string) =>
  saved.has(`b:${competencyKey}:${key}`);

/** Moves one item a place up (-1) or down (+1); at either end the list stays as it is. */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}

export const newBehavior = (): Behavior => ({ key: draftKey(), text: '' });

/** A competency to fill in: the fewest prompts and behaviors a competency in use needs. */
export function newCompetency(): Competency {
  return {
    key: draftKey(),
    name: '',
    description: '',
    whyItMatters: '',
    reflectionPrompts: ['', ''],
    behaviors: Array.from({ length: 5 }, newBehavior),
  };
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
}

/** A lasting key for a new item, from its words, unlike any key in `taken` (which it joins). */
function lastingKey(words: string, fallback: string, taken: Set<string>): string {
  const base = slugOf(words) || fallback;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/**
 * What is sent to the server: new items get lasting keys, and a new competency's reflection
 * prompts are its non-empty lines. Items that still lack words keep their temporary key, so
 * the check reports the missing words rather than a key the admin never sees.
 */
export function toFile(draft: FrameworkFile): FrameworkFile {
  const competencyKeys = new Set(
    draft.competencies.map((c) => c.key).filter((key) => !key.startsWith(draftKeyPrefix)),
  );
  return {
    ...draft,
    competencies: draft.competencies.map((competency) => {
      const key =
        competency.key.startsWith(draftKeyPrefix) && competency.name.trim()
          ? lastingKey(competency.name, 'competency', competencyKeys)
          : competency.key;
      const behaviorKeys = new Set(
        competency.behaviors.map((b) => b.key).filter((k) => !k.startsWith(draftKeyPrefix)),
      );
      return {
        ...competency,
        key,
        reflectionPrompts: competency.reflectionPrompts.map((prompt) => prompt.trim()).filter(Boolean),
        behaviors: competency.behaviors.map((behavior) =>
          behavior.key.startsWith(draftKeyPrefix) && behavior.text.trim()
            ? { ...behavior, key: lastingKey(behavior.text, 'behavior', behaviorKeys) }
            : behavior,
        ),
      };
    }),
  };
}

/** Problems by the path of the field they are about, e.g. `competencies.2.behaviors.0.text`. */
export type DraftErrors = Record<string, string>;

/**
 * Checks the draft with the same schema the server uses; each problem is kept at its field (the
 * first one per field), so the form shows it there. A temporary key's problem is its words'.
 */
export function checkDraft(
  draft: FrameworkFile,
): { ok: true; framework: FrameworkFile } | { ok: false; errors: DraftErrors } {
  const file = toFile(draft);
  const parsed = frameworkFileSchema.safeParse(file);
  if (parsed.success) return { ok: true, framework: parsed.data };
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    if (path.at(-1) === 'key') path[path.length - 1] = path.includes('behaviors') ? 'text' : 'name';
    const at = path.join('.');
    errors[at] ??= issue.message;
  }
  return { ok: false, errors };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => JSON.stringify(item) === JSON.stringify(b[index]));

/** Theirs, unless I changed it from what we both started with. */
function pick<T>(base: T | undefined, mine: T, theirs: T): T {
  return JSON.stringify(base) !== JSON.stringify(mine) ? mine : theirs;
}

/** Their order, with my new items after; or my order, when I reordered what we both had and they did not. */
function mergeOrder<T extends { key: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
): string[] {
  const keys = (items: readonly T[]) => items.map((item) => item.key);
  const inBase = new Set(keys(base));
  const shared = (items: readonly T[]) => keys(items).filter((key) => inBase.has(key));
  const iReordered = !sameList(shared(mine), shared(base));
  const theyReordered = !sameList(shared(theirs), shared(base));
  const first = iReordered && !theyReordered ? mine : theirs;
  const second = first === mine ? theirs : mine;
  const order = keys(first);
  for (const key of keys(second)) if (!order.includes(key)) order.push(key);
  return order;
}

function mergeCompetency(base: Competency | undefined, mine: Competency, theirs: Competency): Competency {
  if (!base) return theirs;
  const order = mergeOrder(base.behaviors, mine.behaviors, theirs.behaviors);
  const find = (items: readonly Behavior[], key: string) => items.find((item) => item.key === key);
  return {
    key: theirs.key,
    name: pick(base.name, mine.name, theirs.name),
    description: pick(base.description, mine.description, theirs.description),
    whyItMatters: pick(base.whyItMatters, mine.whyItMatters, theirs.whyItMatters),
    reflectionPrompts: pick(base.reflectionPrompts, mine.reflectionPrompts, theirs.reflectionPrompts),
    retired: pick(base.retired, mine.retired, theirs.retired),
    behaviors: order.flatMap((key) => {
      const [was, my, their] = [
        find(base.behaviors, key),
        find(mine.behaviors, key),
        find(theirs.behaviors, key),
      ];
      if (my && their) return [pick(was, my, their)];
      return my && !was ? [my] : their ? [their] : [];
    }),
  };
}

/**
 * My edits applied on top of the version someone else saved meanwhile: for each field, mine where
 * I changed it from the version we both started with, theirs everywhere else; my new items are
 * kept. Where we both changed one field, mine wins, and the admin reviews before saving again.
 */
export function mergeDrafts(base: FrameworkFile, mine: FrameworkFile, theirs: FrameworkFile): FrameworkFile {
  const order = mergeOrder(base.competencies, mine.competencies, theirs.competencies);
  const find = (items: readonly Competency[], key: string) => items.find((item) => item.key === key);
  return {
    version: 1,
    name: pick(base.name, mine.name, theirs.name),
    competencies: order.flatMap((key) => {
      const [was, my, their] = [
        find(base.competencies, key),
        find(mine.competencies, key),
        find(theirs.competencies, key),
      ];
      if (my && their) return [mergeCompetency(was, my, their)];
      // Mine alone: new (kept); or gone from theirs by a file import, which wins.
      return my && !was ? [my] : their ? [their] : [];
    }),
  };
}

/** Whether the draft differs from the saved version at all. */
export const changedFrom = (saved: FrameworkFile, draft: FrameworkFile) =>
  JSON.stringify(saved) !== JSON.stringify(draft);
