import type { Insertable } from 'kysely';
import type { Schema } from '../../src/server/db/schema';
import { defaultFramework } from '../../src/server/modules/frameworks/default-framework';
import { listeningRoundQuestions } from '../../src/server/modules/rounds/listening-questions.models';
import { miniSurveyQuestions } from '../../src/server/modules/rounds/mini-survey-questions.models';
import { hashToken, newId, newToken } from '../../src/server/security/tokens';
import type { Competency } from '../../src/shared/framework';
import type { Question, RelationshipGroup } from '../../src/shared/questions';
import { cohortOf, cohortRows, enrollmentRow } from './program-rows';

export type Rows = { [T in keyof Schema]?: Insertable<Schema[T]>[] };

export const seedPassword = 'bench leader password';
/** Per leader: a manager, 3 peers and 8 direct reports, asked in every round. */
const groups: RelationshipGroup[] = ['manager', 'peer', 'peer', 'peer', ...Array(8).fill('direct_report')];
const miniSurveys = 7;
const checkinDays = 45;

const competency = defaultFramework.competencies.find(
  (candidate) => candidate.key === 'listening-with-empathy',
) as Competency;
const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * When every seeded cycle's next mini-survey falls due: 90 days after the last one opened (the
 * rounds below open 40 days apart). The app's sweep notes that moment per cycle (decision 0055).
 */
export const nextMiniSurveyDueAt = (start: number) => iso(start + (miniSurveys * 40 + 1 + 90) * day);

/** Answers any of these questions takes: a mid rating, a sentence, the first option. */
export function answersFor(questions: Question[], seed: number): Record<string, number | string> {
  return Object.fromEntries(
    questions.map((question, index) => {
      if (question.kind === 'rating') {
        return [question.id, question.min + ((seed + index) % (question.max - question.min + 1))];
      }
      if (question.kind === 'text') return [question.id, `Ask us what we tried first (${seed % 97}).`];
      return [question.id, question.options[(seed + index) % question.options.length]?.value ?? ''];
    }),
  );
}

/**
 * One leader as the app would have stored them a year in: a personal workspace (or a program's
 * organization), 12 stakeholders,
 * a cycle in practice with 2 commitments, a closed listening round and 7 closed mini-surveys (every
 * person asked answered: 96 responses), and 45 days of check-ins on both commitments.
 */
export function leaderRows(index: number, passwordHash: string, start: number): Rows {
  const userId = newId();
  const cohort = cohortOf(index);
  const workspaceId = cohort?.workspaceId ?? newId();
  const cycleId = newId();
  const created = iso(start);
  const name = `Leader ${index}`;
  const email = `leader${index}@bench.example`;
  // A program's leaders work in its organization (decision 0042); its first stores the organization.
  const shared: Rows = cohort?.first ? cohortRows(cohort, passwordHash, created) : {};
  const rows: Rows = {
    users: [
      ...(shared.users ?? []),
      {
        id: userId,
        email,
        name,
        password_hash: passwordHash,
        created_at: created,
        email_verified_at: created,
      },
    ],
    workspaces: cohort
      ? (shared.workspaces ?? [])
      : [
          {
            id: workspaceId,
            name: `${name}'s workspace`,
            kind: 'personal',
            anonymity_k: 3,
            created_at: created,
          },
        ],
    memberships: [
      ...(shared.memberships ?? []),
      { workspace_id: workspaceId, user_id: userId, role: 'leader', created_at: created },
    ],
    programs: shared.programs ?? [],
    program_enrollments: cohort ? [enrollmentRow(cohort, { id: userId, name, email }, created)] : [],
    stakeholders: groups.map((group, n) => ({
      id: newId(),
      workspace_id: workspaceId,
      leader_id: userId,
      name: `Person ${n + 1} of ${index}`,
      email: `p${n + 1}.l${index}@bench.example`,
      relationship_group: group,
      created_at: created,
    })),
    cycles: [
      {
        id: cycleId,
        workspace_id: workspaceId,
        leader_id: userId,
        problem: 'My team never tells me about problems until it is too late.',
        goal: 'I want to get better at listening so that people bring me problems early.',
        competency: JSON.stringify(competency),
        baseline: '{}',
        stage: 'practice',
        reflection: null,
        created_at: created,
        updated_at: created,
        closed_at: null,
        program_id: cohort?.programId ?? null,
      },
    ],
    commitments: [0, 1].map((n) => ({
      id: newId(),
      cycle_id: cycleId,
      situation: 'When someone brings me a problem in our one-to-one',
      action: n === 0 ? 'I will ask what they have tried first' : 'I will summarize what I heard',
      frequency: 'In every one-to-one',
      noticed_by: 'They will hear a question before any advice',
      source_suggestion: null,
      status: 'active',
      created_at: created,
      updated_at: created,
    })),
    rounds: [],
    round_invitations: [],
    responses: [],
    daily_checkins: [],
  };
  const commitments = rows.commitments ?? [];
  // Every mini-survey asks about the same commitments, so one list (and its JSON) serves all seven.
  const asked = commitments.map((c) => ({ id: c.id as string, situation: c.situation, action: c.action }));
  const listening = listeningRoundQuestions(competency, name);
  const miniSurvey = miniSurveyQuestions(asked, competency, name);
  const rounds: [string, Question[], string][] = [['listening', listening, JSON.stringify(listening)]];
  const miniSurveyJson = JSON.stringify(miniSurvey);
  for (let n = 0; n < miniSurveys; n++) rounds.push(['mini_survey', miniSurvey, miniSurveyJson]);
  for (const [n, [kind, questions, questionsJson]] of rounds.entries()) {
    const roundId = newId();
    const opened = start + (n * 40 + 1) * day;
    rows.rounds?.push({
      id: roundId,
      cycle_id: cycleId,
      kind,
      status: 'closed',
      intro: 'I am working on listening better and would value your ideas.',
      questions: questionsJson,
      anonymity_k: 3,
      opened_at: iso(opened),
      closes_on: iso(opened + 14 * day).slice(0, 10),
      closes_at: iso(opened + 14 * day),
      closed_at: iso(opened + 14 * day),
      thanked_at: null,
    });
    for (const [person, stakeholder] of (rows.stakeholders ?? []).entries()) {
      rows.round_invitations?.push({
        id: newId(),
        round_id: roundId,
        stakeholder_id: stakeholder.id,
        relationship_group: stakeholder.relationship_group,
        answered: 1,
        mailed_to: stakeholder.email ?? null,
      });
      rows.responses?.push({
        id: newId(),
        round_id: roundId,
        relationship_group: stakeholder.relationship_group,
        named_manager: 0,
        answers: JSON.stringify(answersFor(questions, index + person + n)),
      });
    }
  }
  for (let d = 0; d < checkinDays; d++) {
    for (const commitment of commitments) {
      rows.daily_checkins?.push({
        cycle_id: cycleId,
        commitment_id: commitment.id,
        day: iso(start + (40 + d) * day).slice(0, 10),
        score: 1 + ((index + d) % 10),
        note: null,
        created_at: iso(start + (40 + d) * day),
      });
    }
  }
  return rows;
}

/** An open listening round in the leader's cycle with `people` fresh mailed links, for answer submits. */
export function openRoundRows(cycleId: string, leaderName: string, people: number, now: number) {
  const roundId = newId();
  const questions = listeningRoundQuestions(competency, leaderName);
  const tokens: string[] = [];
  const rows: Rows = {
    rounds: [
      {
        id: roundId,
        cycle_id: cycleId,
        kind: 'listening',
        status: 'open',
        intro: 'One more round, for the benchmark.',
        questions: JSON.stringify(questions),
        anonymity_k: 3,
        opened_at: iso(now),
        closes_on: iso(now + 30 * day).slice(0, 10),
        closes_at: iso(now + 30 * day),
        closed_at: null,
        thanked_at: null,
      },
    ],
    round_invitations: [],
    invitation_tokens: [],
  };
  for (let n = 0; n < people; n++) {
    const invitationId = newId();
    const token = newToken();
    tokens.push(token);
    rows.round_invitations?.push({
      id: invitationId,
      round_id: roundId,
      stakeholder_id: null,
      relationship_group: 'direct_report',
      answered: 0,
      mailed_to: null,
    });
    rows.invitation_tokens?.push({ token_hash: hashToken(token), invitation_id: invitationId });
  }
  return { rows, tokens, roundId, questions };
}
