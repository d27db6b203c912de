import type { CurrentUser } from '../../../shared/accounts';
import type { LinksToHandOut } from '../../../shared/rounds';
import type { AppDeps } from '../../deps';
import { conflict } from '../../errors';
import { handOutGroupLinks, linksToHandOut } from './hand-links.usecases';
import { isBeforeClosing } from './round-schedule.models';
import { requireOwnRound } from './rounds.usecases';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

/**
 * "Get the links again": fresh group links for everyone the leader hands links to, at any time while
 * the round is open. Who answered changes nothing in what comes back, so asking again tells nothing.
 */
export async function fetchLinksAgain(
  deps: Deps,
  user: CurrentUser,
  roundId: string,
): Promise<LinksToHandOut> {
  const { round } = await requireOwnRound(deps, user, roundId);
  if (round.status !== 'open' || !isBeforeClosing(round, deps.now())) {
    throw conflict('round_closed', 'This round is closed, so its links no longer work.');
  }
  const invitees = await deps.repos.roundLinks.listHandDeliveredInvitees(round.id);
  const links = await deps.transact((repos) => handOutGroupLinks(deps, repos, round.id, invitees));
  return linksToHandOut(round, user.name, links);
}
