import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TextAnalysis } from '../text/analyzed-text';
import { createTextAnalysis } from '../text/text-analysis';
import { groupIntoThemes } from './themes.models';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

// Written the way people write in a round: lowercase, shorthand, typos, jargon.
const aboutStandups = [
  'shorter standups pls',
  'can we keep standups short, like 10 min max',
  'standup is way too long tbh. shorter standups wud help',
];
const aboutOnCall = [
  'rotate on-call fairly, same 3 ppl always get paged',
  'oncall rotation shld include the seniors too',
  'pls make the on call rotation fair',
];
const eachAboutSomethingElse = [
  'pls stop scheduling mtgs on friday afternoon',
  'would love clearer OKRs for Q3',
  'more 1:1 time w/ seniors',
  'review PRs faster, they sit for days',
  'celebrate launches w the team',
  'less context switching between projects',
];
const round = [...aboutStandups, ...eachAboutSomethingElse.slice(0, 3), ...aboutOnCall];

describe('themes: ideas several suggestions share', () => {
  test('a shared idea is a theme named with a phrase as written, holding every suggestion that has it', () => {
    const themes = groupIntoThemes([[...aboutStandups, ...eachAboutSomethingElse.slice(0, 2)]], analysis);
    expect(themes).toEqual([{ label: 'shorter standups', suggestions: aboutStandups }]);
  });

  test('"shorter standups" and "keep standups short" are one idea, counted once per suggestion', () => {
    const themes = groupIntoThemes(
      [['Shorter standups.', 'keep standups short!!', 'share the roadmap']],
      analysis,
    );
    expect(themes).toEqual([
      { label: 'standups short', suggestions: ['Shorter standups.', 'keep standups short!!'] },
    ]);
  });

  test('jargon and shorthand are one idea however it is spelled, shown the way people write it', () => {
    const themes = groupIntoThemes([round], analysis);
    expect(themes).toContainEqual({ label: 'on-call rotation', suggestions: aboutOnCall });
    expect(themes.map((theme) => theme.label)).toEqual(['on-call rotation', 'shorter standups']);
  });

  test('a round where each suggestion is about something else has no themes', () => {
    expect(groupIntoThemes([eachAboutSomethingElse], analysis)).toEqual([]);
  });

  test('words that only say where ("team", "meetings") are no idea', () => {
    const broad = ['more team meetings', 'team meetings feel long, maybe less of them', 'give the team time'];
    expect(groupIntoThemes([broad], analysis)).toEqual([]);
  });

  test('an idea one suggestion repeats is not shared', () => {
    const once = ['shorter standups, really, shorter standups', 'share the roadmap earlier', 'fix the build'];
    expect(groupIntoThemes([once], analysis)).toEqual([]);
  });

  test("one person's first and second suggestion are not a shared idea", () => {
    // Each person answers each question once, so two answers to two questions may be one person.
    const onePerson = [
      ['shorter standups pls', 'share the roadmap earlier'],
      ['keep standups short', 'fix the flaky build'],
    ];
    expect(groupIntoThemes(onePerson, analysis)).toEqual([]);
  });

  test('once two people share an idea in one question, the other question counts too', () => {
    const themes = groupIntoThemes(
      [
        ['shorter standups pls', 'keep standups short', 'share the roadmap earlier'],
        ['standups shorter, please'],
      ],
      analysis,
    );
    expect(themes.map((theme) => [theme.label, theme.suggestions.length])).toEqual([['standups short', 3]]);
  });

  test('two people writing the same suggestion share its idea', () => {
    const same = ['Share the agenda earlier.', 'Share the agenda earlier.', 'Protect our focus time.'];
    expect(groupIntoThemes([same], analysis)).toEqual([
      { label: 'share the agenda earlier', suggestions: same.slice(0, 2) },
    ]);
  });

  test('in a large round an idea needs more than two suggestions', () => {
    const filler = Array.from({ length: 26 }, (_, index) => `thought${index}`);
    const twice = [
      ...filler,
      ...aboutStandups.slice(0, 2),
      'share the roadmap earlier',
      'the roadmap earlier pls',
    ];
    expect(groupIntoThemes([twice], analysis)).toEqual([]);
    const thrice = [...filler, ...aboutStandups, 'share the roadmap earlier'];
    expect(groupIntoThemes([thrice], analysis).map((theme) => theme.label)).toEqual(['shorter standups']);
  });

  test('no suggestions give no themes; blank ones are ignored', () => {
    expect(groupIntoThemes([], analysis)).toEqual([]);
    expect(groupIntoThemes([[]], analysis)).toEqual([]);
    expect(groupIntoThemes([['  ', '']], analysis)).toEqual([]);
  });

  test('never more themes than asked for, the most shared first', () => {
    const themes = groupIntoThemes([[...round, 'the on-call rotation is broken']], analysis, {
      maxThemes: 1,
    });
    expect(themes.map((theme) => [theme.label, theme.suggestions.length])).toEqual([['on-call rotation', 4]]);
  });

  test('the themes do not depend on the order suggestions arrive in', () => {
    const forward = groupIntoThemes([round], analysis);
    const backward = groupIntoThemes([[...round].reverse()], analysis);
    expect(backward.map((theme) => [theme.label, [...theme.suggestions].sort()])).toEqual(
      forward.map((theme) => [theme.label, [...theme.suggestions].sort()]),
    );
  });

  test('whatever the selection, a theme is shared by two or more of its suggestions and quotes one of them', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...round, ...eachAboutSomethingElse.slice(3)]), (selection) => {
        for (const theme of groupIntoThemes([selection], analysis)) {
          expect(theme.suggestions.length).toBeGreaterThanOrEqual(2);
          expect(theme.suggestions.every((text) => selection.includes(text))).toBe(true);
          const written = theme.suggestions.map((text) =>
            text.toLowerCase().replace(/on-?\s?call/g, 'on-call'),
          );
          expect(written.some((text) => text.includes(theme.label.toLowerCase()))).toBe(true);
        }
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});
