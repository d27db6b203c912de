import { describe, expect, test } from 'vitest';
import {
  type ParsedLine,
  parseStakeholderLine,
  parseStakeholderLines,
  relationshipGroupOf,
} from './stakeholder-lines.models';

const noOneListed = { leaderEmail: 'lee@example.com', listedEmails: [], emailDomains: [] };

const added = (name: string, email: string | null, relationshipGroup: string): ParsedLine =>
  ({ ok: true, stakeholder: { name, email, relationshipGroup } }) as ParsedLine;
const refused = (message: string | RegExp): ParsedLine =>
  ({
    ok: false,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  }) as ParsedLine;

describe('reading one pasted stakeholder line', () => {
  test.each<[string, string, ParsedLine]>([
    [
      'name and email in brackets',
      'Ada Lovelace <ada@example.com>, peer',
      added('Ada Lovelace', 'ada@example.com', 'peer'),
    ],
    ['a name alone', 'Grace Hopper, manager', added('Grace Hopper', null, 'manager')],
    [
      'an email alone takes its name from the address',
      'bob@example.com, direct report',
      added('Bob', 'bob@example.com', 'direct_report'),
    ],
    [
      'a dotted address becomes first and last name',
      'ada.lovelace+work@example.com, peer',
      added('Ada Lovelace', 'ada.lovelace+work@example.com', 'peer'),
    ],
    [
      'name and email as separate fields',
      'Linus Torvalds, linus@example.com, peer',
      added('Linus Torvalds', 'linus@example.com', 'peer'),
    ],
    [
      'email before name',
      'linus@example.com; Linus Torvalds; peer',
      added('Linus Torvalds', 'linus@example.com', 'peer'),
    ],
    [
      'tab-separated, as pasted from a spreadsheet',
      'Katherine Johnson\tkj@example.com\tother',
      added('Katherine Johnson', 'kj@example.com', 'other'),
    ],
    ['emails are lowercased', 'Ada <ADA@Example.COM>, peer', added('Ada', 'ada@example.com', 'peer')],
    [
      'quotes around a name are dropped',
      '"Ada Lovelace" <ada@example.com>, peer',
      added('Ada Lovelace', 'ada@example.com', 'peer'),
    ],
    [
      'a comma inside a bracketed line stays in the name',
      'Lovelace, Ada <ada@example.com>, peer',
      added('Lovelace, Ada', 'ada@example.com', 'peer'),
    ],
    ['extra spaces are tidied', '   Grace    Hopper ,   boss  ', added('Grace Hopper', null, 'manager')],
    ['no relationship', 'Ada Lovelace', refused(/after a comma/)],
    [
      'an unknown relationship names it',
      'Ada Lovelace, friend',
      refused('"friend" is not a relationship we know; use direct report, peer, manager or other'),
    ],
    ['an empty relationship', 'Ada Lovelace, ', refused(/relationship is missing/)],
    ['a malformed email', 'Ada <ada@>, peer', refused('Email must look like name@example.com')],
    ['two emails', 'a@example.com, b@example.com, peer', refused('Put one email address per line')],
    ['neither name nor email', ', peer', refused(/Add a name or an email/)],
    [
      'a name over 100 characters',
      `${'A'.repeat(101)}, peer`,
      refused('Name must be at most 100 characters'),
    ],
    ['a line over 400 characters', `${'A'.repeat(401)}, peer`, refused(/at most 400 characters/)],
  ])('%s', (_rule, line, expected) => {
    expect(parseStakeholderLine(line)).toEqual(expected);
  });
});

describe('relationship spellings', () => {
  test.each([
    ['direct report', 'direct_report'],
    ['direct_report', 'direct_report'],
    ['Direct-Reports', 'direct_report'],
    ['report', 'direct_report'],
    ['my report', 'direct_report'],
    ['team member', 'direct_report'],
    ['peer', 'peer'],
    ['Peers', 'peer'],
    ['colleague', 'peer'],
    ['manager', 'manager'],
    ['boss', 'manager'],
    ['my boss', 'manager'],
    ['line manager', 'manager'],
    ['other', 'other'],
    ['OTHERS', 'other'],
    ['friend', null],
    ['', null],
  ])('"%s" means %s', (written, group) => {
    expect(relationshipGroupOf(written)).toBe(group);
  });
});

describe('reading a pasted list', () => {
  test('blank lines are skipped but line numbers still count them', () => {
    const { stakeholders, errors } = parseStakeholderLines(
      '\nAda, peer\n\n   \nnobody\r\nGrace, boss\n',
      noOneListed,
    );
    expect(stakeholders.map(({ line, name }) => [line, name])).toEqual([
      [2, 'Ada'],
      [6, 'Grace'],
    ]);
    expect(errors).toEqual([{ line: 5, text: 'nobody', message: expect.stringMatching(/after a comma/) }]);
  });

  test('an email already in the leader list is reported, not added again', () => {
    const { stakeholders, errors } = parseStakeholderLines('Ada <ada@example.com>, peer', {
      ...noOneListed,
      listedEmails: ['ada@example.com'],
    });
    expect(stakeholders).toEqual([]);
    expect(errors).toEqual([
      {
        line: 1,
        text: 'Ada <ada@example.com>, peer',
        message: 'ada@example.com is already in your stakeholders',
      },
    ]);
  });

  test('the same email twice in one paste keeps the first and reports the second', () => {
    const { stakeholders, errors } = parseStakeholderLines(
      'Ada <ada@example.com>, peer\nAda L. <ADA@example.com>, manager',
      noOneListed,
    );
    expect(stakeholders).toEqual([
      { line: 1, name: 'Ada', email: 'ada@example.com', relationshipGroup: 'peer' },
    ]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, message: 'ada@example.com is already on line 1' }),
    ]);
  });

  test('people without an email may share a name', () => {
    const { stakeholders, errors } = parseStakeholderLines('Alex, peer\nAlex, direct report', noOneListed);
    expect(stakeholders).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  test("the leader's own address, its twins and twins of each other are reported by line", () => {
    const { stakeholders, errors } = parseStakeholderLines(
      [
        'Me <LEE+1@example.com>, peer',
        'Ada <ada@gmail.com>, peer',
        'Ada again <a.d.a+x@googlemail.com>, peer',
        'Ben <ben@example.com>, peer',
      ].join('\n'),
      noOneListed,
    );
    expect(stakeholders.map((stakeholder) => stakeholder.line)).toEqual([2, 4]);
    expect(errors).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/your own address/) }),
      expect.objectContaining({
        line: 3,
        message: 'a.d.a+x@googlemail.com reaches the same inbox as ada@gmail.com on line 2',
      }),
    ]);
  });

  test('in an organization that names its domains, people elsewhere or without email are reported', () => {
    const { stakeholders, errors } = parseStakeholderLines(
      'Ada <ada@acme.com>, peer\nBen <ben@gmail.com>, peer\nCy, peer',
      { ...noOneListed, emailDomains: ['acme.com'] },
    );
    expect(stakeholders.map((stakeholder) => stakeholder.name)).toEqual(['Ada']);
    expect(errors.map((error) => error.line)).toEqual([2, 3]);
  });
});
