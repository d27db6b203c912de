import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { commitmentFlagKinds } from '../../../shared/plans';
import { labelOf } from './commitment-quality.features';
import { commitmentHeldOutData } from './commitment-quality.held-out-data';
import { labeledCommitments, parseLabeledCommitments } from './commitment-quality.labeled-examples';
import { checkCommitment } from './commitment-quality.models';
import type { CommitmentDraft } from './commitment-quality.types';

const draft = (
  situation: string,
  action: string,
  frequency = 'every time',
  noticedBy = '',
): CommitmentDraft => ({
  situation,
  action,
  frequency,
  noticedBy,
});

const kindsOf = (commitment: CommitmentDraft) => checkCommitment(commitment).flags.map((flag) => flag.kind);

/** Splits "When X, I will Y." back into the fields a leader would fill in. */
function parseWhenIWill(sentence: string): CommitmentDraft {
  const match = /^When (.+?), I will (.+)\.$/.exec(sentence);
  expect(match, `"${sentence}" should read "When …, I will ….".`).not.toBeNull();
  return draft(match?.[1] ?? '', match?.[2] ?? '');
}

describe('commitment quality check', () => {
  test('a specific, visible commitment in the leader’s control gets no flags', () => {
    const good = draft(
      'someone brings me a problem',
      'ask two open questions before suggesting anything',
      'every time',
      "They'll hear questions from me before any advice",
    );
    expect(checkCommitment(good)).toEqual({ flags: [] });
  });

  test('"be more supportive" is flagged as vague', () => {
    expect(kindsOf(draft("I'm working with the team", 'be more supportive'))).toEqual(['vague']);
  });

  test('"stay calm" is flagged as something nobody can see', () => {
    expect(kindsOf(draft('someone pushes back on my idea', 'stay calm'))).toEqual(['unobservable']);
  });

  test('"get people to speak up" is flagged as outside the leader’s control', () => {
    expect(kindsOf(draft('we have team meetings', 'get people to speak up'))).toEqual(['outside-control']);
  });

  test('checking on every engineer each morning is flagged as micromanagement', () => {
    const checking = draft(
      'the day starts',
      "check in with every engineer on what they're working on",
      'daily',
    );
    expect(kindsOf(checking)).toEqual(['micromanagement']);
  });

  test('a weekly 1:1 question to each report is care, not micromanagement', () => {
    const weekly = draft('we have our weekly 1:1', 'ask each report what is getting in their way', 'weekly');
    expect(kindsOf(weekly)).toEqual([]);
  });

  test('an open invitation to come to the leader is not a gate', () => {
    const invitation = draft(
      'a new hire starts',
      'tell them they can check in with me any time, and put a 1:1 in their calendar for day one',
    );
    expect(kindsOf(invitation)).toEqual([]);
  });

  test('the leader giving a status update is not demanding one', () => {
    const giving = draft('I send my manager the weekly status update', "mention one person's work by name");
    expect(kindsOf(giving)).toEqual([]);
  });

  test('the whole sentence typed into the action box is read the same way', () => {
    const typed = draft(
      '',
      'When someone brings me a problem, I’ll ask two open questions before suggesting anything.',
    );
    expect(kindsOf(typed)).toEqual([]);
    expect(kindsOf(draft('', 'When a PR is opened, I will approve every PR before it merges'))).toEqual([
      'micromanagement',
    ]);
  });

  test('a flag quotes the words that triggered it in one friendly sentence', () => {
    const [flag] = checkCommitment(draft('I run 1:1s', 'try to give more feedback')).flags;
    expect(flag?.reason).toContain('"try to"');
    expect(flag?.reason).toMatch(/^[^.?!]+[.?!]$/);
  });

  test('the triggering words are quoted as the leader typed them', () => {
    const [flag] = checkCommitment(draft('a PR is opened', 'Approve every PR before it merges')).flags;
    expect(flag?.reason).toContain('"Approve every PR"');
  });

  // How fast that is belongs to `npm run bench:text`, not to a timed assertion on a shared machine.
  test('a very long pasted text is still checked and its flag found', () => {
    const pasted = 'ensure all of the team '.repeat(5000);
    const { flags } = checkCommitment(draft(pasted, pasted, pasted, pasted));
    expect(flags.map((flag) => flag.kind)).toEqual(['outside-control']);
  });

  test('micromanagement advice fits the kind of control being taken', () => {
    const [approval] = checkCommitment(draft('a PR is opened', 'approve every PR')).flags;
    const [contact] = checkCommitment(draft('I need focus time', 'set office hours for the team')).flags;
    expect(approval?.betterExample).toMatch(/let them decide/);
    expect(contact?.betterExample).toMatch(/block it in my own calendar/);
  });

  test('every flag on the labeled commitments gives one sentence and a better example that passes the check', () => {
    for (const commitment of labeledCommitments) {
      for (const flag of checkCommitment(commitment).flags) {
        expect(flag.reason).toMatch(/^[^\n]+[.?!]$/);
        expect(flag.reason.split(/[.?!](?:\s|$)/).filter((part) => part.trim() !== '')).toHaveLength(1);
        expect(kindsOf(parseWhenIWill(flag.betterExample)), flag.betterExample).toEqual([]);
      }
    }
  });

  test('any text gives at most one flag of each kind and never throws', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        (situation, action, frequency, noticedBy) => {
          const kinds = kindsOf({ situation, action, frequency, noticedBy });
          expect(new Set(kinds).size).toBe(kinds.length);
        },
      ),
    );
  });
});

describe('commitment quality on realistic commitments', () => {
  test('labels at least 90 % of held-out commitments right, flagging at most 10 % of good ones', () => {
    const heldOut = parseLabeledCommitments(commitmentHeldOutData);
    const asScored = (label: string) => (label === 'unobservable' ? 'vague' : label);
    const right = heldOut.filter(
      (commitment) => asScored(labelOf(kindsOf(commitment))) === asScored(labelOf(commitment.expected)),
    );
    const good = heldOut.filter((commitment) => commitment.expected.length === 0);
    const falseAlarms = good.filter((commitment) => kindsOf(commitment).length > 0);
    console.log(
      `commitment quality on held-out commitments: right ${right.length}/${heldOut.length}, ` +
        `false alarms ${falseAlarms.length}/${good.length}`,
    );
    expect(heldOut.length).toBeGreaterThanOrEqual(40);
    expect(right.length / heldOut.length).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms.length / good.length).toBeLessThanOrEqual(0.1);
  });

  test('a daily report framed as care is micromanagement, quoted as typed', () => {
    const [flag] = checkCommitment(
      draft('I care about how my people are doing', 'have everyone send me an end-of-day summary', 'daily'),
    ).flags;
    expect(flag?.kind).toBe('micromanagement');
    expect(flag?.reason).toMatch(/^"[^"]+" /);
  });

  test('a check-in agreed with the owner at their pace is fine', () => {
    expect(
      kindsOf(
        draft(
          'a project starts',
          'agree with the owner how often we check in, and keep to it',
          'each project',
        ),
      ),
    ).toEqual([]);
  });

  test('listening hard in every meeting sounds specific but cannot be seen', () => {
    expect(kindsOf(draft('every meeting', 'really try to listen to everyone', 'every meeting'))).toContain(
      'unobservable',
    );
  });

  test('everyone feeling heard is not in the leader\u2019s control', () => {
    expect(kindsOf(draft('in team meetings', 'make sure everyone feels heard', 'every meeting'))).toEqual([
      'outside-control',
    ]);
  });

  test('the table covers good commitments and every kind of flag', () => {
    const labels = labeledCommitments.flatMap((commitment): string[] =>
      commitment.expected.length === 0 ? ['none'] : [...commitment.expected],
    );
    for (const label of ['none', ...commitmentFlagKinds]) {
      expect(labels.filter((l) => l === label).length, label).toBeGreaterThanOrEqual(8);
    }
  });
});
