import { describe, expect, test } from 'vitest';
import { addDays } from '../../shared/calendar';
import { commitmentSentence } from '../../shared/commitment-sentence';
import { dailyQuestion, dayPhrase, weekdayOf } from '../practice/practice-data';
import { splitExample } from './plan-data';

describe('the wording of behaviors on the plan and practice screens', () => {
  test('a behavior reads as one sentence whether or not "When" and "I will" were typed', () => {
    expect(
      commitmentSentence({ situation: 'When the sprint starts', action: 'I will ask what is in the way.' }),
    ).toBe('When the sprint starts, I will ask what is in the way.');
    expect(
      commitmentSentence({ situation: 'someone brings me a problem', action: 'ask two questions' }),
    ).toBe('When someone brings me a problem, I will ask two questions.');
  });

  test("the quality check's example fills the situation and the action it stands for", () => {
    const example =
      'When I want to know how work is going, I will ask in our weekly 1:1 what is in the way and offer one kind of help.';
    const parts = splitExample(example);
    expect(parts).toEqual({
      situation: 'I want to know how work is going',
      action: 'ask in our weekly 1:1 what is in the way and offer one kind of help',
    });
    expect(commitmentSentence(parts as NonNullable<typeof parts>)).toBe(example);
  });

  test('an example in another shape is left alone rather than split wrongly', () => {
    expect(splitExample('Ask two open questions before suggesting anything.')).toBeNull();
  });

  test('the daily question asks about effort in the words of the action', () => {
    expect(dailyQuestion('I will ask what they tried first.', '2026-11-25', '2026-11-25')).toBe(
      'Did I do my best to ask what they tried first today?',
    );
    expect(dailyQuestion('Share why a decision was made', '2026-11-24', '2026-11-25')).toBe(
      'Did I do my best to share why a decision was made yesterday?',
    );
  });

  test('calendar days step over a daylight-saving change and weeks start on Monday', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
    expect(weekdayOf('2026-11-23')).toBe(0);
    expect(weekdayOf('2026-11-29')).toBe(6);
    expect(dayPhrase('2026-11-24', '2026-11-25')).toBe('yesterday');
  });
});
