import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Question } from '../../../shared/questions';
import { defaultFramework } from '../frameworks/default-framework';
import {
  type ComparedRound,
  inviteeDifference,
  personKeyOf,
  questionsOverlap,
  roundTooCloseTo,
  tooCloseForK,
  tooCloseMessage,
} from './invitee-overlap.models';
import { listeningRoundQuestions } from './listening-questions.models';
import { miniSurveyQuestions } from './mini-survey-questions.models';
import { pulseRoundQuestions } from './pulse-questions.models';

const [listening, coaching] = defaultFramework.competencies as [
  (typeof defaultFramework.competencies)[number],
  (typeof defaultFramework.competencies)[number],
];
const situation = 'When someone brings me a problem';
const ask = { id: 'commitment-1', situation, action: 'I will ask what they tried before I suggest anything' };
const summarize = { id: 'commitment-2', situation, action: 'I will summarize what I heard' };

describe('which rounds ask about the same things', () => {
  test('two listening rounds on one competency overlap, in one cycle or two', () => {
    expect(
      questionsOverlap(listeningRoundQuestions(listening, 'Lee'), listeningRoundQuestions(listening, 'Lee')),
    ).toBe(true);
  });

  test('listening rounds on two different competencies do not', () => {
    expect(
      questionsOverlap(listeningRoundQuestions(listening, 'Lee'), listeningRoundQuestions(coaching, 'Lee')),
    ).toBe(false);
  });

  test('every competency of the default framework overlaps only with itself', () => {
    for (const a of defaultFramework.competencies)
      for (const b of defaultFramework.competencies)
        expect(
          questionsOverlap(listeningRoundQuestions(a, 'Lee'), listeningRoundQuestions(b, 'Lee')),
          `${a.key} / ${b.key}`,
        ).toBe(a.key === b.key);
  });

  test('mini-surveys overlap when they share a commitment, or a commitment written in the same words', () => {
    const first = miniSurveyQuestions([ask, summarize], listening, 'Lee');
    expect(questionsOverlap(first, miniSurveyQuestions([summarize], listening, 'Lee'))).toBe(true);
    const sameWordsElsewhere = { ...ask, id: 'commitment-in-another-cycle' };
    expect(questionsOverlap(first, miniSurveyQuestions([sameWordsElsewhere], listening, 'Lee'))).toBe(true);
    const other = { id: 'commitment-3', situation, action: 'I will share why a decision was made' };
    expect(questionsOverlap(first, miniSurveyQuestions([other], listening, 'Lee'))).toBe(false);
  });

  test('check-ins ask only for text, which is never subtracted, and listening and mini-surveys differ', () => {
    const pulse = pulseRoundQuestions(listening, 'Lee');
    const rounds: Question[][] = [
      pulse,
      listeningRoundQuestions(listening, 'Lee'),
      miniSurveyQuestions([ask], listening, 'Lee'),
    ];
    for (const round of rounds) expect(questionsOverlap(pulse, round)).toBe(false);
    expect(questionsOverlap(rounds[1] as Question[], rounds[2] as Question[])).toBe(false);
  });
});

describe('who counts as the same person', () => {
  test('one address is one person, whatever its case or stakeholder entry', () => {
    expect(personKeyOf({ invitationId: 'i1', stakeholderId: 's1', email: 'Dee@Example.com' })).toBe(
      personKeyOf({ invitationId: null, stakeholderId: 's2', email: 'dee@example.com ' }),
    );
  });

  test('without an address, the stakeholder entry; once removed, the invitation alone', () => {
    expect(personKeyOf({ invitationId: 'i1', stakeholderId: 's1', email: null })).toBe(
      personKeyOf({ invitationId: null, stakeholderId: 's1', email: null }),
    );
    expect(personKeyOf({ invitationId: 'i1', stakeholderId: null, email: null })).not.toBe(
      personKeyOf({ invitationId: 'i2', stakeholderId: null, email: null }),
    );
  });
});

const people = ['ada', 'ben', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal'];
const inviteeList = fc.array(fc.constantFrom(...people), { maxLength: 12 });

/** The multiset difference, worked out another way: sort both and walk them side by side. */
function extraPeople(a: string[], b: string[]) {
  const [x, y] = [[...a].sort(), [...b].sort()];
  let [i, j, onlyA, onlyB] = [0, 0, 0, 0];
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && (x[i] as string) < (y[j] as string)))
      [i, onlyA] = [i + 1, onlyA + 1];
    else if (i >= x.length || (x[i] as string) > (y[j] as string)) [j, onlyB] = [j + 1, onlyB + 1];
    else [i, j] = [i + 1, j + 1];
  }
  return { onlyA, onlyB };
}

describe('how far apart two rounds must be, over thousands of random lists', () => {
  const k = fc.integer({ min: 3, max: 10 });

  test('a pair is refused exactly when one side has between 1 and k − 1 people the other lacks', () => {
    fc.assert(
      fc.property(inviteeList, inviteeList, k, (a, b, threshold) => {
        const { onlyA, onlyB } = extraPeople(a, b);
        expect(inviteeDifference(a, b)).toEqual({ onlyInFirst: onlyA, onlyInSecond: onlyB });
        const between = (extra: number) => extra >= 1 && extra < threshold;
        expect(tooCloseForK(a, b, threshold)).toBe(between(onlyA) || between(onlyB));
      }),
      { numRuns: 3000 },
    );
  });

  test('the order of the two lists, and of the people in them, changes nothing', () => {
    fc.assert(
      fc.property(inviteeList, inviteeList, k, (a, b, threshold) => {
        expect(tooCloseForK(b, a, threshold)).toBe(tooCloseForK(a, b, threshold));
        expect(tooCloseForK([...a].reverse(), b, threshold)).toBe(tooCloseForK(a, b, threshold));
      }),
      { numRuns: 1000 },
    );
  });

  test('identical lists are always allowed; one person more, fewer or swapped never is', () => {
    fc.assert(
      fc.property(inviteeList, k, fc.constantFrom(...people), (a, threshold, someone) => {
        expect(tooCloseForK(a, [...a], threshold)).toBe(false);
        expect(tooCloseForK(a, [...a, someone], threshold)).toBe(true);
        if (a.length > 0) {
          expect(tooCloseForK(a, a.slice(1), threshold)).toBe(true);
          if (someone !== a[0]) expect(tooCloseForK(a, [someone, ...a.slice(1)], threshold)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("one address invited twice is two answers: the second one's rating could be subtracted", () => {
    expect(tooCloseForK(['ada', 'ben', 'cy'], ['ada', 'ben', 'cy', 'ada'], 3)).toBe(true);
  });
});

describe('comparing a new round with the leader’s others', () => {
  const questions = listeningRoundQuestions(listening, 'Lee');
  const earlier: ComparedRound = {
    id: 'earlier',
    kind: 'listening',
    status: 'closed',
    openedAt: '2026-11-02T09:00:00.000Z',
    anonymityK: 3,
    questions,
    inviteeKeys: ['ada', 'ben', 'cy'],
    anonymousResponses: 3,
  };
  const candidate = { questions, inviteeKeys: ['ada', 'ben', 'cy', 'dee'], anonymityK: 3 };

  test('the earlier round of the same questions one person apart is found', () => {
    expect(roundTooCloseTo(candidate, [earlier])?.id).toBe('earlier');
  });

  test('a round closed below k was never released, so there is nothing to subtract', () => {
    expect(roundTooCloseTo(candidate, [{ ...earlier, anonymousResponses: 2 }])).toBeNull();
    expect(roundTooCloseTo(candidate, [{ ...earlier, status: 'open', anonymousResponses: 0 }])?.id).toBe(
      'earlier',
    );
  });

  test('the larger k of the two rounds applies', () => {
    const fourApart = { ...candidate, inviteeKeys: ['ada', 'ben', 'cy', 'dee', 'eve', 'fay'] };
    expect(roundTooCloseTo(fourApart, [earlier])).toBeNull();
    expect(roundTooCloseTo(fourApart, [{ ...earlier, anonymityK: 5, anonymousResponses: 5 }])?.id).toBe(
      'earlier',
    );
  });

  test('rounds asking about other things are not compared', () => {
    expect(
      roundTooCloseTo(candidate, [{ ...earlier, questions: pulseRoundQuestions(listening, 'Lee') }]),
    ).toBeNull();
  });

  test('the refusal names the earlier round and tells the leader what to change', () => {
    expect(tooCloseMessage(earlier, 3, null)).toBe(
      "This round asks about the same things as your listening round of 2 November 2026, and its list of people is fewer than 3 apart from that round's: comparing the two would show one person's answers. Ask exactly the same people as then, or change the list by at least 3 people (leave out none or at least 3 of them, and add none or at least 3 new ones).",
    );
    expect(tooCloseMessage(earlier, 3, 'Dee Peer')).toContain('Adding Dee Peer');
  });
});
