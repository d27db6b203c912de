import { randomBytes } from 'node:crypto';
import type { CurrentUser } from '../../../shared/accounts';
import { addDays, dayMs, localDay as dayOf } from '../../../shared/calendar';
import type { Answers } from '../../../shared/questions';
import type { AppDeps } from '../../deps';
import { createAccount } from '../accounts';
import { acceptProgramCoach, listShareable, shareItem } from '../coaching';
import { createMailer } from '../mail';
import { createCommitment, draftAnnouncementOfCycle, recordAnnouncement, recordCheckin } from '../plans';
import { acceptProgramInvitation, createProgram, enrollLeaders, startProgramCycle } from '../programs';
import { closeRound, openedRightAway, openRound } from '../rounds';
import {
  changeQuestionPrefix,
  followUpQuestionPrefix,
  miniSurveyFeedforwardId,
} from '../rounds/public.models';
import { addStakeholdersFromText } from '../stakeholders';
import { answerAs } from './demo-listening';
import { depsAt } from './demo-story';

type FollowedUp = 'never' | 'once' | 'a_few_times' | 'regularly';

type ProgramLeader = {
  name: string;
  competencyKey: string;
  action: string;
  /** What their three stakeholders said in the mini-survey; null: they have not asked again yet. */
  miniSurvey: { change: [number, number, number]; followedUp: [FollowedUp, FollowedUp, FollowedUp] } | null;
  /** A practice note, kept private unless they share it with their coach. */
  note: string;
};

/**
 * Seven new managers, two competencies. Those working on listening followed up more often and
 * were seen to change more, the relationship Goldsmith reported; one of them has not asked again
 * yet. Each competency has at least k = 3 leaders, so each is a group of its own on the insight page.
 */
const programLeaders: ProgramLeader[] = [
  {
    name: 'Amara Okafor',
    competencyKey: 'listening-with-empathy',
    action: 'I will summarize what I heard before giving my view',
    miniSurvey: { change: [2, 2, 1], followedUp: ['regularly', 'regularly', 'a_few_times'] },
    note: 'Summarized before answering in the incident review. Jonas added a risk I had missed.',
  },
  {
    name: 'Elif Demir',
    competencyKey: 'giving-feedback',
    action: 'I will tell someone what they did well and why it worked, the same day',
    miniSurvey: { change: [1, 0, 1], followedUp: ['once', 'once', 'never'] },
    note: 'Wrote the praise down but only said it on Friday. Same day next time.',
  },
  {
    name: 'Ben Carter',
    competencyKey: 'listening-with-empathy',
    action: 'I will put my laptop away when someone comes to talk to me',
    miniSurvey: { change: [1, 2, 1], followedUp: ['a_few_times', 'regularly', 'a_few_times'] },
    note: 'Closed the laptop when Mia came over. She stayed longer and told me about the hiring backlog.',
  },
  {
    name: 'Farah Siddiqui',
    competencyKey: 'giving-feedback',
    action: 'I will suggest one thing to try next time along with what I noticed',
    miniSurvey: { change: [1, 1, 1], followedUp: ['once', 'a_few_times', 'once'] },
    note: 'Gave a next step with the feedback on the roadmap review; it landed better than last time.',
  },
  {
    name: 'Chen Wei',
    competencyKey: 'listening-with-empathy',
    action: 'I will let people finish speaking before I respond',
    miniSurvey: { change: [2, 3, 2], followedUp: ['regularly', 'regularly', 'regularly'] },
    note: 'Counted to three before answering in standup. Awkward, and it worked.',
  },
  {
    name: 'Gustavo Lima',
    competencyKey: 'giving-feedback',
    action: 'I will give feedback soon after I notice something worth saying',
    miniSurvey: { change: [0, 1, 0], followedUp: ['never', 'once', 'never'] },
    note: 'Waited a week again. Booked a ten-minute slot after each demo to make it easier.',
  },
  {
    name: 'Dario Rossi',
    competencyKey: 'listening-with-empathy',
    action: 'I will invite the quieter people in a meeting to share their view first',
    miniSurvey: null,
    note: 'Asked Noor first in planning. She had the best idea of the meeting.',
  },
];

const stakeholderNames = ['Jonas Berg', 'Mia Laurent', 'Noor Aziz'];

export const demoProgram = {
  name: 'New managers 2026',
  leaders: programLeaders.length,
  /** The coachees of the demo user, and who of them shared one practice note. */
  coachees: ['Amara Okafor', 'Ben Carter'],
  sharedBy: 'Amara Okafor',
};

const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@feedforward.local`;

/**
 * Days of the program, counted back from today (UTC): enrolled eight weeks ago, each leader joined
 * (within the invitation's 14 days) and started a day after the one before.
 */
function programStory(now: Date) {
  const midnight = Date.parse(`${dayOf(now)}T00:00:00Z`);
  const at = (daysAgo: number, hour: number) => new Date(midnight - daysAgo * dayMs + hour * 3_600_000);
  const day = (daysAgo: number) => addDays(dayOf(now), -daysAgo);
  return {
    created: at(60, 9),
    startsOn: day(56),
    endsOn: addDays(dayOf(now), 120),
    enrolled: at(54, 9),
    leader: (index: number) => {
      const started = 52 - index;
      return {
        started: at(started, 10),
        listening: {
          opens: at(started - 1, 9),
          answeredAt: [at(started - 2, 11), at(started - 3, 14), at(started - 4, 16)],
          closesOn: day(started - 7),
          closes: at(started - 7, 17),
        },
        committed: at(started - 8, 9),
        checkedIn: at(started - 10, 20),
        miniSurvey: {
          opens: at(18 - index, 9),
          answeredAt: [at(17 - index, 10), at(16 - index, 12), at(15 - index, 15)],
          closesOn: day(12 - index),
          closes: at(12 - index, 17),
        },
      };
    },
  };
}

/** The first day a cycle of the program started on that leaves every group out, so the insight page says "not enough data". */
export function demoProgramSplitDay(now: Date) {
  return dayOf(programStory(now).leader(3).started);
}

/**
 * A small organization program for the demo user to look at as its admin, made through the same
 * use cases an admin, its leaders and their stakeholders use. The demo's addresses are made up,
 * so its invitations are held in the outbox as without SMTP, and links are handed on in place.
 * The demo user is the program's coach: two of the leaders accepted that offer, and one of them
 * shared a practice note; the others have the offer waiting.
 */
export async function seedDemoProgram(deps: AppDeps, admin: CurrentUser, workspaceId: string) {
  const story = programStory(deps.now());
  const byHand: AppDeps = {
    ...deps,
    config: { ...deps.config, SMTP_URL: undefined },
    mailer: createMailer({
      mail: deps.repos.mail,
      jobs: deps.repos.jobs,
      now: deps.now,
      smtpConfigured: false,
      wakeJobs: () => {},
    }),
  };
  await deps.repos.workspaces.addMembership(workspaceId, admin.id, 'coach', story.created);
  const programId = await createProgram(depsAt(byHand, story.created), admin, workspaceId, {
    name: demoProgram.name,
    startsOn: story.startsOn,
    endsOn: story.endsOn,
    coachAccountId: admin.id,
    cadence: { checkInIntervalDays: 14, miniSurveyIntervalDays: 45, dailyReminderTime: null },
  });
  const leaders = await Promise.all(
    programLeaders.map((leader) =>
      createAccount(
        depsAt(deps, story.created),
        { name: leader.name, email: emailOf(leader.name), password: randomBytes(12).toString('base64url') },
        { emailVerified: true },
      ),
    ),
  );
  const enrolled = await enrollLeaders(
    depsAt(byHand, story.enrolled),
    admin,
    programId,
    leaders.map((leader) => `${leader.name}, ${leader.email}`).join('\n'),
  );
  // Each leader's story is their own, so they run side by side: on PostgreSQL that keeps the first start quick.
  await Promise.all(
    leaders.map(async (leader, index) => {
      const facts = programLeaders[index] as ProgramLeader;
      const link = enrolled.links.find((entry) => entry.email === leader.email)?.link ?? '';
      const days = story.leader(index);
      await acceptProgramInvitation(depsAt(byHand, days.started), leader, link.split('#token=')[1] ?? '');
      await seedProgramCycle(depsAt(byHand, days.started), leader, programId, facts, days);
      if (demoProgram.coachees.includes(facts.name))
        await seedCoaching(byHand, leader, programId, facts, days);
    }),
  );
  return programId;
}

type LeaderDays = ReturnType<ReturnType<typeof programStory>['leader']>;

/** The leader gives the program's coach (the demo user) access; one of them shares a practice note. */
async function seedCoaching(
  deps: AppDeps,
  leader: CurrentUser,
  programId: string,
  facts: ProgramLeader,
  days: LeaderDays,
) {
  const coaching = await acceptProgramCoach(depsAt(deps, days.committed), leader, programId);
  if (facts.name !== demoProgram.sharedBy) return;
  const shared = depsAt(deps, days.checkedIn);
  const item = (await listShareable(shared, leader, coaching.id)).find(
    (shareable) => shareable.kind === 'checkin_note' && shareable.text === facts.note,
  );
  if (item) await shareItem(shared, leader, coaching.id, { kind: item.kind, ref: item.ref });
}

/** One leader's program cycle: listened to three people, committed, told them, practiced, and (most) asked again. */
async function seedProgramCycle(
  deps: AppDeps,
  leader: CurrentUser,
  programId: string,
  facts: ProgramLeader,
  days: LeaderDays,
) {
  const cycle = await startProgramCycle(deps, leader, programId, {
    problem: 'People on my new team wait for me to decide, and I end up doing the thinking for them.',
    goal: 'I want my team to bring me their view early, so decisions do not wait for me.',
    competencyKey: facts.competencyKey,
    baseline: {},
  });
  const text = stakeholderNames
    .map((name, index) => `${name}, ${index === 2 ? 'peer' : 'direct report'}`)
    .join('\n');
  const { added } = await addStakeholdersFromText(deps, leader, cycle.workspaceId, { text });
  const stakeholderIds = added.map((stakeholder) => stakeholder.id);
  const listening = openedRightAway(
    await openRound(depsAt(deps, days.listening.opens), leader, cycle.id, {
      kind: 'listening',
      intro: 'I am new to leading this team and would value your suggestions for what I could do better.',
      closesOn: days.listening.closesOn,
      stakeholderIds,
    }),
  );
  const behaviors = cycle.competency.behaviors.map((behavior) => `behavior:${behavior.key}`);
  await answerAs(deps, listening.links, days.listening.answeredAt, (_name, index) => {
    const answers: Answers = {
      experience: 'Supportive and quick to help; sometimes answers before the question is finished.',
      'feedforward-1': 'Ask the team what they think before you share your own view.',
    };
    for (const [position, id] of behaviors.entries()) answers[id] = 2 + ((index + position) % 3);
    return answers;
  });
  await closeRound(depsAt(deps, days.listening.closes), leader, listening.roundId);

  const committed = depsAt(deps, days.committed);
  const commitment = await createCommitment(committed, leader, cycle.id, {
    situation: 'someone on my team brings me a question',
    action: facts.action,
    frequency: 'Every time',
    noticedBy: 'People hear me ask or listen before I give my answer',
    sourceSuggestion: null,
  });
  const draft = await draftAnnouncementOfCycle(committed, leader, cycle.id);
  await recordAnnouncement(committed, leader, cycle.id, { ...draft, send: true });
  await recordCheckin(depsAt(deps, days.checkedIn), leader, commitment.id, dayOf(days.checkedIn), {
    score: 7,
    note: facts.note,
  });

  if (facts.miniSurvey) {
    const seen = facts.miniSurvey;
    const survey = openedRightAway(
      await openRound(depsAt(deps, days.miniSurvey.opens), leader, cycle.id, {
        kind: 'mini_survey',
        intro: 'A few weeks ago I asked how I could lead better. Have you noticed a change since?',
        closesOn: days.miniSurvey.closesOn,
        stakeholderIds,
      }),
    );
    await answerAs(deps, survey.links, days.miniSurvey.answeredAt, (_name, index) => ({
      [miniSurveyFeedforwardId]: 'Keep going, and try it in the wider team meetings too.',
      [`${changeQuestionPrefix}${commitment.id}`]: seen.change[index] ?? 0,
      [`${followUpQuestionPrefix}${commitment.id}`]: seen.followedUp[index] ?? 'never',
    }));
    await closeRound(depsAt(deps, days.miniSurvey.closes), leader, survey.roundId);
  }
}
