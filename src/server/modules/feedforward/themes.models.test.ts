import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTextAnalysis, type TextAnalysis } from '../text/text-analysis';
import { groupIntoThemes, type Theme } from './themes.models';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const aboutMeetings = [
  'Could you send the agenda a day before our team meetings?',
  'Keep standups to fifteen minutes and move details to a separate chat.',
  'Share written notes after each meeting so people who missed it can catch up.',
  'Could we cancel the retro when there is nothing to discuss instead of holding an empty meeting?',
];
const aboutRecognition = [
  'Please thank people publicly when they help another team.',
  'Celebrate small wins in the weekly update, not just big launches.',
  'Give credit to the engineers who did the work when you present to leadership.',
  'Recognize the quiet support work like code reviews and mentoring.',
];
const aboutDecisions = [
  'Let us decide how we split the work in sprint planning.',
  'Ask for our input before choosing a new tool.',
  'Involve the whole team in decisions about on-call.',
];
const roundOfSuggestions = [
  ...aboutMeetings,
  ...aboutRecognition,
  ...aboutDecisions,
  'Protect our focus time from ad-hoc requests.',
];

const [firstAboutMeetings = '', firstAboutRecognition = '', firstAboutDecisions = ''] = [
  aboutMeetings[0],
  aboutRecognition[0],
  aboutDecisions[0],
];

function themeOf(themes: Theme[], suggestion: string): Theme | undefined {
  return themes.find((theme) => theme.suggestions.includes(suggestion));
}

function partition(themes: Theme[]): string[][] {
  return themes
    .map((theme) => [...theme.suggestions].sort())
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

describe('grouping feedforward into themes', () => {
  test('suggestions about meetings land together, under a label that says so', () => {
    const themes = groupIntoThemes(roundOfSuggestions, analysis);
    const theme = themeOf(themes, firstAboutMeetings);
    expect(theme?.suggestions).toEqual(aboutMeetings);
    expect(theme?.label).toMatch(/meeting/i);
  });

  test('suggestions about recognition land together, apart from the meetings', () => {
    const themes = groupIntoThemes(roundOfSuggestions, analysis);
    const theme = themeOf(themes, firstAboutRecognition);
    expect(theme?.suggestions).toEqual(aboutRecognition);
    expect(theme?.label).toMatch(/recognition/i);
    expect(theme).not.toBe(themeOf(themes, firstAboutMeetings));
  });

  test('suggestions about being involved in decisions form their own theme', () => {
    const themes = groupIntoThemes(roundOfSuggestions, analysis);
    expect(themeOf(themes, firstAboutDecisions)?.suggestions).toEqual(aboutDecisions);
  });

  test('a suggestion like no other goes to "Other suggestions", last', () => {
    const themes = groupIntoThemes(roundOfSuggestions, analysis);
    expect(themes.at(-1)).toEqual({
      label: 'Other suggestions',
      suggestions: ['Protect our focus time from ad-hoc requests.'],
    });
  });

  test('a round about delegating tells status updates, autonomy and growth apart', () => {
    const updates = [
      'Stop asking for daily status reports; a weekly written update would be enough.',
      'Agree with me upfront how often you want updates on my project.',
      "Send a short update after leadership meetings so we know what's changing.",
    ];
    const autonomy = [
      'Trust us to make the technical calls on our own projects.',
      'Give me more freedom to choose how I structure my work.',
    ];
    const growth = [
      'Help me find a mentor for my next career step.',
      'Talk with me about the skills I need for a senior role.',
    ];
    const [update1 = '', update2 = '', update3 = ''] = updates;
    const [autonomy1 = '', autonomy2 = ''] = autonomy;
    const [growth1 = '', growth2 = ''] = growth;
    const interleaved = [update1, autonomy1, growth1, update2, autonomy2, growth2, update3];
    const themes = groupIntoThemes(interleaved, analysis);
    expect(partition(themes)).toEqual(
      partition([updates, autonomy, growth].map((suggestions) => ({ label: '', suggestions }))),
    );
  });

  test('the grouping does not depend on the order suggestions arrive in', () => {
    const forward = groupIntoThemes(roundOfSuggestions, analysis);
    const backward = groupIntoThemes([...roundOfSuggestions].reverse(), analysis);
    expect(partition(backward)).toEqual(partition(forward));
    expect(backward.map((theme) => theme.label)).toEqual(forward.map((theme) => theme.label));
  });

  test('the same suggestions always give the same themes', () => {
    expect(groupIntoThemes(roundOfSuggestions, analysis)).toEqual(
      groupIntoThemes(roundOfSuggestions, analysis),
    );
  });

  test('two people writing the same suggestion are both counted', () => {
    const same = ['Share the agenda earlier.', 'Share the agenda earlier.', 'Protect our focus time.'];
    expect(groupIntoThemes(same, analysis)[0]?.suggestions).toEqual([
      'Share the agenda earlier.',
      'Share the agenda earlier.',
    ]);
  });

  test('no suggestions give no themes; blank ones are ignored', () => {
    expect(groupIntoThemes([], analysis)).toEqual([]);
    expect(groupIntoThemes(['  ', ''], analysis)).toEqual([]);
  });

  test('a single suggestion is one theme named after its words', () => {
    expect(groupIntoThemes(['Please share the agenda before meetings.'], analysis)).toEqual([
      { label: 'Meetings', suggestions: ['Please share the agenda before meetings.'] },
    ]);
  });

  test('suggestions with nothing in common stay together as plain "Suggestions"', () => {
    const unrelated = ['Protect our focus time.', 'Book a bigger room for the offsite.'];
    expect(groupIntoThemes(unrelated, analysis)).toEqual([{ label: 'Suggestions', suggestions: unrelated }]);
  });

  test('never more themes than asked for; the smallest are folded into "Other suggestions"', () => {
    const themes = groupIntoThemes(roundOfSuggestions, analysis, { maxThemes: 2 });
    expect(themes).toHaveLength(2);
    expect(themes[1]?.label).toBe('Other suggestions');
  });

  test('every suggestion appears in exactly one theme, whatever the selection and order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(roundOfSuggestions),
        fc.integer({ min: 1, max: 6 }),
        (selection, maxThemes) => {
          const themes = groupIntoThemes(selection, analysis, { maxThemes });
          expect(themes.flatMap((theme) => theme.suggestions).sort()).toEqual([...selection].sort());
          expect(themes.length).toBeLessThanOrEqual(maxThemes);
          expect(themes.every((theme) => theme.label.length > 0 && theme.suggestions.length > 0)).toBe(true);
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });
});
