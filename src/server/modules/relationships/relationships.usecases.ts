import type { CurrentUser } from '../../../shared/accounts';
import { relationshipGroupLabels, relationshipGroups } from '../../../shared/questions';
import type { RelationshipsMap } from '../../../shared/relationships';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { releasedResultsOf } from '../progress';
import { sortByName } from '../stakeholders/public.models';
import { requireLeader } from '../workspaces';
import { chooseSource, groupPerceptions, type SourceKind } from './relationships.models';

type Deps = Pick<AppDeps, 'repos' | 'now'>;

/** The latest released round of the leader's cycles in this workspace that may color the map. */
async function colorSource(deps: Deps, user: CurrentUser, workspaceId: string) {
  const cycles = await deps.repos.cycles.listOfLeader(user.id, workspaceId);
  const rounds = (await Promise.all(cycles.map((cycle) => deps.repos.rounds.listRoundsOfCycle(cycle.id))))
    .flat()
    .filter(
      (round) => round.status === 'closed' && (round.kind === 'mini_survey' || round.kind === 'listening'),
    );
  const candidates = await Promise.all(
    rounds.map(async (round) => {
      const results = await releasedResultsOf(deps.repos, round);
      return { round, results, kind: round.kind, closedAt: round.closed_at, released: results.released };
    }),
  );
  return chooseSource(candidates);
}

export async function getRelationships(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
): Promise<RelationshipsMap> {
  await requireLeader(deps, user, workspaceId);
  const stakeholders = sortByName(await deps.repos.stakeholders.listOfLeader(user.id, workspaceId));
  const notes = await deps.repos.relationships.listNotes(stakeholders.map((stakeholder) => stakeholder.id));
  const source = await colorSource(deps, user, workspaceId);
  const kind = source?.kind as SourceKind | undefined;
  const perceptions = source?.results.released && kind ? groupPerceptions(source.results, kind) : {};
  return {
    source:
      source && kind
        ? {
            roundId: source.round.id,
            cycleId: source.round.cycle_id,
            kind,
            closedAt: source.round.closed_at as string,
          }
        : null,
    groups: relationshipGroups.flatMap((group) => {
      const members = stakeholders.filter((stakeholder) => stakeholder.relationship_group === group);
      if (members.length === 0) return [];
      return [
        {
          group,
          label: relationshipGroupLabels[group],
          stakeholders: members.map((member) => ({
            id: member.id,
            name: member.name,
            note: notes.get(member.id) ?? null,
          })),
          perceivedChange: perceptions[group] ?? null,
        },
      ];
    }),
  };
}

/** The leader's private note on their part in one relationship; an empty note clears it. */
export async function saveRelationshipNote(
  deps: Deps,
  user: CurrentUser,
  stakeholderId: string,
  note: string,
): Promise<{ note: string | null }> {
  const stakeholder = await deps.repos.stakeholders.findOwned(stakeholderId, user.id);
  if (!stakeholder) throw notFound('stakeholder_not_found', 'This stakeholder does not exist.');
  await requireLeader(deps, user, stakeholder.workspace_id);
  if (note === '') {
    await deps.repos.relationships.deleteNote(stakeholderId);
    return { note: null };
  }
  await deps.repos.relationships.saveNote(stakeholderId, note, deps.now());
  return { note };
}
