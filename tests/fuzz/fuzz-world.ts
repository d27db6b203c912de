import { defaultFramework } from '../../src/server/modules/frameworks/default-framework';
import { hashToken } from '../../src/server/security/tokens';
import { leaderWithCycle } from '../support/leader-fixture';
import type { TestApp } from '../support/test-app';
import type { FieldHints } from './schema-arbitrary';

/** Who sends a fuzzed request: nobody, the leader who owns the world's objects, or another leader. */
export const identities = ['anonymous', 'owner', 'other'] as const;
export type Identity = (typeof identities)[number];

export type LeaderObjects = {
  userId: string;
  email: string;
  password: string;
  sessionToken: string;
  workspaceId: string;
  stakeholderIds: string[];
  cycleId: string;
  roundId: string;
  commitmentId: string;
  answerTokens: string[];
};

export type FuzzWorld = { owner: LeaderObjects; other: LeaderObjects };

/** A leader with a cycle, five stakeholders, an open listening round and a commitment. */
async function leaderWithObjects(testApp: TestApp): Promise<LeaderObjects> {
  const { leader, workspaceId, cycle, stakeholderIds } = await leaderWithCycle(testApp);
  const closesOn = new Date(testApp.deps.now().getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  const opened = await leader.client.post(`/api/cycles/${cycle.id}/rounds`, {
    kind: 'listening',
    intro: 'I am working on listening better and would value your ideas.',
    closesOn,
    stakeholderIds,
  });
  if (opened.status !== 201) throw new Error(`open round: ${opened.status} ${await opened.text()}`);
  const { roundId, links } = (await opened.json()) as { roundId: string; links: { url: string }[] };
  const committed = await leader.client.post(`/api/cycles/${cycle.id}/commitments`, {
    situation: 'When someone brings me a problem',
    action: 'I will ask what they tried before I suggest anything',
    frequency: 'Every time',
    noticedBy: 'They will hear a question before any advice',
  });
  if (committed.status !== 201) throw new Error(`commitment: ${committed.status} ${await committed.text()}`);
  const { commitment } = (await committed.json()) as { commitment: { id: string } };
  return {
    userId: leader.user.id,
    email: leader.email,
    password: leader.password,
    sessionToken: leader.client.cookies.get('ff_session') as string,
    workspaceId,
    stakeholderIds,
    cycleId: cycle.id,
    roundId,
    commitmentId: commitment.id,
    answerTokens: links.map((link) => new URL(link.url).pathname.split('/').pop() as string),
  };
}

export async function buildWorld(testApp: TestApp): Promise<FuzzWorld> {
  // Setting the world up again is not fuzzed traffic: the fuzzed sign-ups before it have used up the
  // network's sign-up allowance (20 an hour), which must not refuse the two leaders made here.
  await testApp.database.db.deleteFrom('rate_limits').execute();
  return { owner: await leaderWithObjects(testApp), other: await leaderWithObjects(testApp) };
}

/** Gives the leader their session back (same token) after a sign-out; false once the account is gone. */
export async function restoreSession(testApp: TestApp, leader: LeaderObjects): Promise<boolean> {
  const idHash = hashToken(leader.sessionToken);
  if (await testApp.deps.repos.accounts.findSessionWithUser(idHash)) return true;
  if (!(await testApp.deps.repos.accounts.findUserById(leader.userId))) return false;
  const now = testApp.deps.now();
  await testApp.deps.repos.accounts.insertSession({
    idHash,
    userId: leader.userId,
    now,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  return true;
}

export function idsOf(leader: LeaderObjects): string[] {
  return [
    leader.userId,
    leader.workspaceId,
    leader.cycleId,
    leader.roundId,
    leader.commitmentId,
    ...leader.stakeholderIds,
  ];
}

const competencyKeys = defaultFramework.competencies.map((competency) => competency.key);
const behaviorKeys = defaultFramework.competencies.flatMap((competency) =>
  competency.behaviors.map((behavior) => behavior.key),
);

/** Real values for fields that name things in the world, so some bodies get past "not found". */
export function hintsFor(current: () => FuzzWorld): FieldHints {
  return {
    stringsFor(field) {
      const { owner, other } = current();
      if (field === 'stakeholderId' || field === 'stakeholderIds[]')
        return [...owner.stakeholderIds, ...other.stakeholderIds];
      if (field.endsWith('Id')) return [...idsOf(owner), ...idsOf(other)];
      if (field === 'competencyKey') return competencyKeys;
      if (field === 'baseline{}') return behaviorKeys;
      if (field === 'email') return [owner.email, other.email, owner.email.toUpperCase()];
      if (field === 'password') return [owner.password, other.password];
      if (field === 'token') return [...owner.answerTokens, owner.sessionToken];
      if (field === 'timeZone') return ['UTC', 'Europe/Berlin', 'America/New_York', 'Etc/GMT+14'];
      if (field === 'confirm') return ['DELETE'];
      return [];
    },
  };
}
