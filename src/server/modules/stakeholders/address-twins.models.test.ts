import { describe, expect, test } from 'vitest';
import { areTwins, inboxOf, twinProblem } from './address-twins.models';

describe('addresses that reach one inbox', () => {
  test.each([
    ['case', 'Lee@Example.com', 'lee@example.com'],
    ['a plus tag', 'lee+survey@example.com', 'lee@example.com'],
    ['two plus tags', 'lee+a@example.com', 'lee+b@example.com'],
    ['gmail dots', 'l.e.e@gmail.com', 'lee@gmail.com'],
    ['googlemail is gmail', 'lee@googlemail.com', 'l.ee+x@gmail.com'],
  ])('%s makes twins', (_, first, second) => {
    expect(areTwins(first, second)).toBe(true);
  });

  test.each([
    ['dots outside gmail', 'l.ee@example.com', 'lee@example.com'],
    ['another domain', 'lee@example.com', 'lee@example.org'],
    ['another person', 'ada@example.com', 'lee@example.com'],
    ['a subdomain', 'lee@mail.example.com', 'lee@example.com'],
  ])('%s does not', (_, first, second) => {
    expect(areTwins(first, second)).toBe(false);
  });

  test('a plus sign that starts the local part is kept, since nothing comes before it', () => {
    expect(inboxOf('+lee@example.com')).toBe('+lee@example.com');
  });
});

describe('which addresses a leader may ask', () => {
  const leaderEmail = 'lee@example.com';

  test('their own address and its twins are refused', () => {
    for (const email of ['lee@example.com', 'LEE+a@example.com', 'lee+b@example.com']) {
      expect(twinProblem(email, { leaderEmail, listedEmails: [] })?.reason).toBe('own_address');
    }
  });

  test('a twin of someone already listed is refused, naming who', () => {
    const problem = twinProblem('ada+2@example.com', { leaderEmail, listedEmails: ['ada@example.com'] });
    expect(problem).toEqual({
      reason: 'twin',
      message:
        'ada+2@example.com reaches the same inbox as ada@example.com, who is already in your stakeholders',
    });
  });

  test('the same address twice reads as already listed', () => {
    expect(twinProblem('ada@example.com', { leaderEmail, listedEmails: ['ada@example.com'] })).toEqual({
      reason: 'already_listed',
      message: 'ada@example.com is already in your stakeholders',
    });
  });

  test('another person is fine', () => {
    expect(twinProblem('ben@example.com', { leaderEmail, listedEmails: ['ada@example.com'] })).toBeNull();
  });
});
