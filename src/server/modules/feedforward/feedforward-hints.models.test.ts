import { beforeAll, describe, expect, test } from 'vitest';
import type { TextAnalysis } from '../text/analyzed-text';
import { createTextAnalysis } from '../text/text-analysis';
import { labeledLines } from '../text/training/labeled-lines';
import { suggestionHeldOutData } from './feedforward-hints.held-out-data';
import { feedforwardHint } from './feedforward-hints.models';

let analysis: TextAnalysis;
beforeAll(() => {
  analysis = createTextAnalysis();
});

const suggestionFor = (text: string) => feedforwardHint(text, analysis)?.suggestion;

describe('feedforward coach for stakeholders', () => {
  test('a word or two that asks for nothing gets no hint: too little for the model to call a judgment', () => {
    for (const text of ['ok', 'n/a', 'asdf qwer', 'x'.repeat(4000)])
      expect(feedforwardHint(text, analysis)).toBeNull();
  });

  test('on held-out suggestions it never saw, catches at least 90 % of judgments and looks back, with at most 10 % false alarms', () => {
    const heldOut = labeledLines(suggestionHeldOutData, {
      j: 'judgmental',
      b: 'backward-looking',
      f: 'future',
    });
    const flagged = heldOut.filter(({ label }) => label !== 'future');
    const fine = heldOut.filter(({ label }) => label === 'future');
    const caught = flagged.filter(({ text }) => feedforwardHint(text, analysis) !== null).length;
    const falseAlarms = fine.filter(({ text }) => feedforwardHint(text, analysis) !== null).length;
    console.log(
      `feedforward hints on held-out suggestions: caught ${caught}/${flagged.length}, false alarms ${falseAlarms}/${fine.length}`,
    );
    expect(flagged.length).toBeGreaterThanOrEqual(40);
    expect(fine.length).toBeGreaterThanOrEqual(30);
    expect(caught / flagged.length).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms / fine.length).toBeLessThanOrEqual(0.1);
  });

  test('a trait label no word list holds is named as a judgment and turned into a request', () => {
    expect(feedforwardHint('control freak tbh', analysis)).toEqual({
      kind: 'judgmental',
      message:
        '"control freak" may read as a judgment of the person, which is hard to act on. Describing a behavior you would like to see works better.',
      suggestion: 'Try: "In the future, could you agree the outcome with me and leave the how to me?"',
    });
  });

  test('"never" and "always" in a request about the future are fine', () => {
    expect(feedforwardHint('Please never skip the sprint demo, it keeps us together.', analysis)).toBeNull();
    expect(feedforwardHint('Always share the slides after the all-hands, please.', analysis)).toBeNull();
  });

  test('sarcasm dressed as thanks is a judgment', () => {
    expect(feedforwardHint('Thanks for the last minute deadline, as always.', analysis)?.kind).toBe(
      'judgmental',
    );
  });

  test('a future-focused suggestion gets no hint', () => {
    expect(feedforwardHint('Next time, could you share the agenda a day ahead?', analysis)).toBeNull();
  });

  test('mentioning the past as context is fine when the suggestion asks for something ahead', () => {
    expect(
      feedforwardHint('Last week the demo ran long; next time could you keep it to 30 minutes?', analysis),
    ).toBeNull();
  });

  test('"if you shared" is a wish for the future, not a report of the past', () => {
    expect(
      feedforwardHint('It would help if you shared the roadmap with the whole team.', analysis),
    ).toBeNull();
  });

  test('an empty suggestion gets no hint', () => {
    expect(feedforwardHint('', analysis)).toBeNull();
  });

  test('a backward-looking suggestion explains why and offers the future-focused opening', () => {
    expect(feedforwardHint('Last week you interrupted me twice in planning.', analysis)).toEqual({
      kind: 'backward-looking',
      message:
        'This looks back at something that already happened. Suggestions help most when they say what to do from now on.',
      suggestion:
        'Try describing what you would like to happen from now on, starting with "In the future, could you\u2026".',
    });
  });

  test('a judgment of the person is named as such, even when it is also about the past', () => {
    expect(feedforwardHint('Yesterday you were rude to the new hire.', analysis)?.kind).toBe('judgmental');
  });

  test('"bad" judges only when it is said of the person', () => {
    expect(
      feedforwardHint('It would be bad for morale to skip the demo, so could we keep it?', analysis),
    ).toBeNull();
    expect(feedforwardHint('You are so bad with deadlines.', analysis)?.kind).toBe('judgmental');
  });
});

describe('rewrites built from the stakeholder\u2019s words', () => {
  test.each([
    [
      'You never share the agenda before meetings.',
      'In the future, could you share the agenda before meetings?',
    ],
    [
      "You didn't tell us about the reorg until the last minute.",
      'In the future, could you tell us about the reorg?',
    ],
    [
      'You forgot to send the notes after our offsite.',
      'In the future, could you remember to send the notes after our offsite?',
    ],
    ['You should have asked the team first.', 'In the future, could you ask the team first?'],
    ['I wish you had told us sooner.', 'In the future, could you tell us sooner?'],
    ['You are bad at running meetings.', 'When running meetings, could you \u2026?'],
    ["You're lazy about documentation.", 'When it comes to documentation, could you \u2026?'],
    ['Your communication is awful.', 'When it comes to communication, could you \u2026?'],
    [
      "Honestly, you're a micromanager.",
      'In the future, could you agree the outcome with me and leave the how to me?',
    ],
  ])('"%s" → "%s"', (text, rewrite) => {
    expect(suggestionFor(text)).toBe(`Try: "${rewrite}"`);
  });

  test('a past act with no safe opposite gets the general idea instead of a wrong rewrite', () => {
    expect(suggestionFor('Yesterday you cancelled our one-on-one again.')).toBe(
      'Try describing what you would like to happen from now on, starting with "In the future, could you\u2026".',
    );
  });
});
