import type { Question } from '../../../shared/questions';
import { conflict } from '../../errors';
import type { Repositories } from '../../repositories';
import { type ComparedRound, personKeyOf, roundTooCloseTo, tooCloseMessage } from './invitee-overlap.models';
import type { RoundSnapshotRow } from './round-snapshots.repository';
import { questionsOf } from './stored-round.models';

export const tooCloseCode = 'rounds_too_close';

type Repos = Pick<Repositories, 'roundSnapshots'>;
type Person = { id: string; name: string; email: string | null };

const toCompared = (round: RoundSnapshotRow): ComparedRound => ({
  ...round,
  questions: questionsOf(round),
  inviteeKeys: round.invitees.map(personKeyOf),
});

const keyOfStakeholder = (person: Person) =>
  personKeyOf({ invitationId: null, stakeholderId: person.id, email: person.email });

/**
 * Refuses (409) a round about to open whose people are fewer than k apart from those of another
 * round of the same leader that asks about the same things (decision 0016).
 */
export async function refuseOpeningTooClose(
  repos: Repos,
  leaderId: string,
  opening: { questions: Question[]; anonymityK: number; stakeholders: Person[] },
): Promise<void> {
  const others = (await repos.roundSnapshots.listRoundsOfLeader(leaderId)).map(toCompared);
  const tooClose = roundTooCloseTo(
    { ...opening, inviteeKeys: opening.stakeholders.map(keyOfStakeholder) },
    others,
  );
  if (tooClose) throw tooCloseError(tooClose, opening.anonymityK, null);
}

/** The same rule when one person is added to an open round: the round with them must still pass. */
export async function refuseAddingTooClose(
  repos: Repos,
  leaderId: string,
  adding: { roundId: string; stakeholder: Person },
): Promise<void> {
  const rounds = (await repos.roundSnapshots.listRoundsOfLeader(leaderId)).map(toCompared);
  const round = rounds.find((candidate) => candidate.id === adding.roundId);
  if (!round) return;
  const tooClose = roundTooCloseTo(
    { ...round, inviteeKeys: [...round.inviteeKeys, keyOfStakeholder(adding.stakeholder)] },
    rounds.filter((other) => other.id !== round.id),
  );
  if (tooClose) throw tooCloseError(tooClose, round.anonymityK, adding.stakeholder.name);
}

function tooCloseError(other: ComparedRound, k: number, adding: string | null) {
  const strictest = Math.max(k, other.anonymityK);
  return conflict(
    tooCloseCode,
    tooCloseMessage(other, strictest, adding),
    adding ? 'stakeholderId' : 'stakeholderIds',
  );
}
