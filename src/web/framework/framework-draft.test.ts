import { describe, expect, test } from 'vitest';
import type { FrameworkFile } from '../../shared/framework';
import { checkDraft, mergeDrafts, move, newBehavior, newCompetency, toFile } from './framework-draft';

const behaviors = (prefix: string) =>
  Array.from({ length: 5 }, (_, index) => ({
    key: `${prefix}-${index + 1}`,
    text: `do ${prefix} ${index + 1}`,
  }));

const competency = (key: string, name: string) => ({
  key,
  name,
  description: `About ${name}.`,
  whyItMatters: `${name} matters.`,
  reflectionPrompts: ['What went well?', 'What next?'],
  behaviors: behaviors(key),
});

const base: FrameworkFile = {
  version: 1,
  name: 'Ours',
  competencies: [competency('listening', 'Listening'), competency('coaching', 'Coaching')],
};

const edit = (framework: FrameworkFile, change: (copy: FrameworkFile) => void) => {
  const copy = structuredClone(framework);
  change(copy);
  return copy;
};

describe('moving', () => {
  test('swaps with the neighbour, and stays put at either end', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the file sent on save', () => {
  test('gives new items lasting keys from their words, never one already used', () => {
    const draft = edit(base, (copy) => {
      copy.competencies[0]?.behaviors.push({ ...newBehavior(), text: 'Do listening 1!' });
      copy.competencies[0]?.behaviors.push({ ...newBehavior(), text: 'do listening 1' });
    });
    const keys = toFile(draft).competencies[0]?.behaviors.map((behavior) => behavior.key);
    expect(keys?.slice(5)).toEqual(['do-listening-1', 'do-listening-1-2']);
  });

  test('keeps the saved keys of edited items, so cycles that use them still find them', () => {
    const draft = edit(base, (copy) => {
      (copy.competencies[1] as FrameworkFile['competencies'][number]).name = 'Coaching others';
    });
    expect(toFile(draft).competencies.map((c) => c.key)).toEqual(['listening', 'coaching']);
  });
});

describe('checking the draft', () => {
  test('names each problem at its field, and a new item without words at its words', () => {
    const draft = edit(base, (copy) => {
      copy.competencies.push(newCompetency());
      (copy.competencies[0]?.behaviors[2] as { text: string }).text = ' ';
    });
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors['competencies.0.behaviors.2.text']).toBe('A behavior text cannot be empty');
    expect(checked.errors['competencies.2.name']).toBe('A competency name cannot be empty');
    expect(checked.errors['competencies.2.behaviors.0.text']).toBe('A behavior text cannot be empty');
    expect(Object.keys(checked.errors).some((path) => path.endsWith('.key'))).toBe(false);
  });

  test('refuses retiring a fifth behavior of a competency in use', () => {
    const draft = edit(base, (copy) => {
      (copy.competencies[0]?.behaviors[0] as { retired?: boolean }).retired = true;
    });
    const checked = checkDraft(draft);
    expect(checked.ok ? null : checked.errors['competencies.0.behaviors']).toMatch(/at least 5 behaviors/);
  });
});

describe('applying my edits on top of a version saved meanwhile', () => {
  test('keeps their changes and mine, field by field, with my new items after theirs', () => {
    const theirs = edit(base, (copy) => {
      (copy.competencies[0]?.behaviors[0] as { text: string }).text = 'their wording';
      copy.competencies.push(competency('feedback', 'Feedback'));
    });
    const mine = edit(base, (copy) => {
      (copy.competencies[1] as { description: string }).description = 'My description.';
      (copy.competencies[0]?.behaviors[1] as { retired?: boolean }).retired = true;
      copy.competencies.push({ ...competency('draft-99', 'Mine') });
    });
    const merged = mergeDrafts(base, mine, theirs);
    expect(merged.competencies.map((c) => c.key)).toEqual(['listening', 'coaching', 'feedback', 'draft-99']);
    expect(merged.competencies[0]?.behaviors[0]?.text).toBe('their wording');
    expect(merged.competencies[0]?.behaviors[1]?.retired).toBe(true);
    expect(merged.competencies[1]?.description).toBe('My description.');
  });

  test('keeps my reorder when they did not reorder', () => {
    const theirs = edit(base, (copy) => {
      copy.name = 'Theirs';
    });
    const mine = edit(base, (copy) => {
      copy.competencies.reverse();
    });
    const merged = mergeDrafts(base, mine, theirs);
    expect(merged.name).toBe('Theirs');
    expect(merged.competencies.map((c) => c.key)).toEqual(['coaching', 'listening']);
  });
});
