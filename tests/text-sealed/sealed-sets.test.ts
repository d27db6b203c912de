import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../src/server/modules/frameworks/default-framework';
import {
  commitmentLabels,
  loadCommitmentCases,
  loadCompetencyCases,
  loadFocusCases,
  loadIdentifyingCases,
  loadSuggestionCases,
  sealedFiles,
} from './sealed-sets';

// The shape of the sealed sets only: the loaders parse each file with its zod schema, and these
// checks keep every set large, varied and balanced enough for a meaningful interval. They never
// look at what the analysis says about a case.

const sets = {
  'problem-focus': loadFocusCases(),
  competency: loadCompetencyCases(),
  suggestions: loadSuggestionCases(),
  commitments: loadCommitmentCases(),
  'self-identifying': loadIdentifyingCases(),
};

const share = <T>(cases: readonly T[], test: (item: T) => boolean) =>
  cases.filter(test).length / cases.length;
const count = <T>(cases: readonly T[], test: (item: T) => boolean) => cases.filter(test).length;

describe('the sealed text sets', () => {
  it.each(Object.entries(sets))('%s has at least 200 cases by at least 5 voices', (_name, cases) => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.voice)).size).toBeGreaterThanOrEqual(5);
  });

  it('loads every sealed batch in this folder, so a new batch cannot be left out of the figures', () => {
    const onDisk = readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.sealed.json'));
    expect(Object.values(sealedFiles).flat().sort()).toEqual(onDisk.sort());
  });

  it('gives every case an id no other case in any set has', () => {
    const ids = Object.values(sets).flatMap((cases) => cases.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never repeats a wording within a set', () => {
    const wordings = (texts: string[]) => new Set(texts.map((text) => text.toLowerCase())).size;
    for (const cases of [
      sets['problem-focus'],
      sets.competency,
      sets.suggestions,
      sets['self-identifying'],
    ]) {
      expect(wordings(cases.map((c) => c.text))).toBe(cases.length);
    }
    const actions = sets.commitments.map((c) => c.draft.action);
    expect(wordings(actions)).toBe(actions.length);
  });

  it('balances problem statements about others and about the leader', () => {
    const others = share(sets['problem-focus'], (c) => c.mostlyAboutOthers);
    expect(others).toBeGreaterThanOrEqual(0.4);
    expect(others).toBeLessThanOrEqual(0.6);
  });

  it('labels competencies only with ids of the default framework, each the best answer at least 15 times', () => {
    const keys = defaultFramework.competencies.map((competency) => competency.key);
    const labels = sets.competency.flatMap((c) => c.competencies);
    expect(labels.filter((label) => !keys.includes(label))).toEqual([]);
    for (const key of keys) {
      expect(
        count(sets.competency, (c) => c.competencies[0] === key),
        key,
      ).toBeGreaterThanOrEqual(15);
    }
  });

  it('has about 60 % judgmental or backward-looking suggestions, with enough of each kind', () => {
    const flagged = share(sets.suggestions, (c) => c.kind !== 'future-focused');
    expect(flagged).toBeGreaterThanOrEqual(0.55);
    expect(flagged).toBeLessThanOrEqual(0.65);
    for (const kind of ['judgmental', 'backward-looking'] as const) {
      expect(
        count(sets.suggestions, (c) => c.kind === kind),
        kind,
      ).toBeGreaterThanOrEqual(50);
    }
  });

  it('has enough commitments of every label, with ok ones at least a third', () => {
    for (const label of commitmentLabels) {
      expect(
        count(sets.commitments, (c) => c.label === label),
        label,
      ).toBeGreaterThanOrEqual(40);
    }
    expect(share(sets.commitments, (c) => c.label === 'ok')).toBeGreaterThanOrEqual(1 / 3);
  });

  it('balances comments that give their writer away and comments that do not', () => {
    const identifying = share(sets['self-identifying'], (c) => c.identifying);
    expect(identifying).toBeGreaterThanOrEqual(0.4);
    expect(identifying).toBeLessThanOrEqual(0.6);
  });
});
