import { describe, expect, test } from 'vitest';
import { type FollowUpFacts, followUpStatus, type RoundForFollowUp } from './follow-up.models';

const listening: RoundForFollowUp = {
  kind: 'listening',
  status: 'closed',
  openedAt: '2026-01-01T09:00:00.000Z',
  closedAt: '2026-01-10T09:00:00.000Z',
};
const facts = (rounds: RoundForFollowUp[], activeCommitments = 1): FollowUpFacts => ({
  rounds,
  activeCommitments,
  miniSurveyIntervalDays: 90,
  suggestedStakeholderIds: [],
});
const at = (iso: string) => new Date(iso);

describe('follow-up schedule', () => {
  test('nothing is due before the listening round has closed', () => {
    const status = followUpStatus(
      facts([{ ...listening, status: 'open', closedAt: null }]),
      at('2026-06-01'),
    );
    expect(status).toMatchObject({
      checkInDue: false,
      nextCheckInOn: null,
      miniSurveyDue: false,
      nextMiniSurveyOn: null,
      roundOpen: true,
    });
  });

  test('the check-in falls due 30 days after the listening round closed', () => {
    expect(followUpStatus(facts([listening]), at('2026-02-09T08:59:59Z'))).toMatchObject({
      checkInDue: false,
      nextCheckInOn: '2026-02-09',
    });
    expect(followUpStatus(facts([listening]), at('2026-02-09T09:00:00Z')).checkInDue).toBe(true);
  });

  test('a pulse round restarts the check-in clock but not the mini-survey clock', () => {
    const pulse: RoundForFollowUp = {
      kind: 'pulse',
      status: 'closed',
      openedAt: '2026-02-10T09:00:00.000Z',
      closedAt: '2026-02-20T09:00:00.000Z',
    };
    const status = followUpStatus(facts([listening, pulse]), at('2026-03-01'));
    expect(status).toMatchObject({
      checkInDue: false,
      nextCheckInOn: '2026-03-12',
      nextMiniSurveyOn: '2026-04-10',
    });
  });

  test('the mini-survey falls due one interval after the listening round, then after the last mini-survey', () => {
    expect(followUpStatus(facts([listening]), at('2026-04-10T09:00:00Z')).miniSurveyDue).toBe(true);
    const mini: RoundForFollowUp = {
      kind: 'mini_survey',
      status: 'closed',
      openedAt: '2026-04-11T09:00:00.000Z',
      closedAt: '2026-04-25T09:00:00.000Z',
    };
    const status = followUpStatus(
      { ...facts([listening, mini]), miniSurveyIntervalDays: 30 },
      at('2026-05-01'),
    );
    expect(status).toMatchObject({
      miniSurveyDue: false,
      nextMiniSurveyOn: '2026-05-11',
      nextCheckInOn: '2026-05-11',
    });
  });

  test('a closed cycle has nothing due', () => {
    const status = followUpStatus({ ...facts([listening]), cycleClosed: true }, at('2026-06-01'));
    expect(status).toMatchObject({ checkInDue: false, miniSurveyDue: false, nextMiniSurveyOn: null });
  });

  test('no mini-survey is due without an active commitment or while a round is open', () => {
    expect(followUpStatus(facts([listening], 0), at('2026-05-01')).miniSurveyDue).toBe(false);
    const open: RoundForFollowUp = {
      kind: 'pulse',
      status: 'open',
      openedAt: '2026-04-30T00:00:00Z',
      closedAt: null,
    };
    expect(followUpStatus(facts([listening, open]), at('2026-05-01'))).toMatchObject({
      miniSurveyDue: false,
      checkInDue: false,
      roundOpen: true,
    });
  });
});

describe("follow-up due dates count the leader's calendar days (decision 0032)", () => {
  // The listening round closed at 00:30 on 11 March in Berlin, 12:30 on 11 March in Auckland.
  const closedLate: RoundForFollowUp = { ...listening, closedAt: '2026-03-10T23:30:00.000Z' };
  const inZone = (timeZone: string) => ({ ...facts([closedLate]), timeZone });

  test('in Berlin the check-in falls due 30 local days later, an hour sooner in UTC after spring-forward', () => {
    const status = followUpStatus(inZone('Europe/Berlin'), at('2026-04-09T22:30:00.000Z'));
    expect(status).toMatchObject({ checkInDue: true, nextCheckInOn: '2026-04-10' });
    expect(followUpStatus(inZone('UTC'), at('2026-04-09T22:30:00.000Z'))).toMatchObject({
      checkInDue: false,
      nextCheckInOn: '2026-04-09',
    });
  });

  test('in Auckland it falls due an hour later in UTC, after the fall-back on 5 April', () => {
    expect(followUpStatus(inZone('Pacific/Auckland'), at('2026-04-10T00:00:00.000Z'))).toMatchObject({
      checkInDue: false,
      nextCheckInOn: '2026-04-10',
    });
    expect(followUpStatus(inZone('Pacific/Auckland'), at('2026-04-10T00:30:00.000Z'))).toMatchObject({
      checkInDue: true,
    });
  });
});
