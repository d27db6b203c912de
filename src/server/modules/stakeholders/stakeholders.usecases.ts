import type { CurrentUser } from '../../../shared/accounts';
import type { BulkStakeholdersResult, Stakeholder, StakeholderInput } from '../../../shared/stakeholders';
import type { AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { newId } from '../../security/tokens';
import { requireLeader } from '../workspaces';
import { addressRulesFor, refuseAddress } from './stakeholder-address-rules';
import { parseStakeholderLines } from './stakeholder-lines.models';
import { sortByName } from './stakeholders.models';
import type { StakeholderRow } from './stakeholders.repository';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now'>;

function toStakeholder(
  row: Pick<StakeholderRow, 'id' | 'name' | 'email' | 'relationship_group'>,
): Stakeholder {
  return { id: row.id, name: row.name, email: row.email, relationshipGroup: row.relationship_group };
}

/** Another leader's stakeholder is "not found", never "forbidden", so ids reveal nothing. */
async function requireOwnStakeholder(deps: Pick<Deps, 'repos'>, user: CurrentUser, stakeholderId: string) {
  const stakeholder = await deps.repos.stakeholders.findOwned(stakeholderId, user.id);
  if (!stakeholder) throw notFound('stakeholder_not_found', 'This stakeholder does not exist.');
  await requireLeader(deps, user, stakeholder.workspace_id);
  return stakeholder;
}

export async function listStakeholders(deps: Pick<Deps, 'repos'>, user: CurrentUser, workspaceId: string) {
  await requireLeader(deps, user, workspaceId);
  const rows = await deps.repos.stakeholders.listOfLeader(user.id, workspaceId);
  return sortByName(rows.map(toStakeholder));
}

export async function addStakeholder(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  input: StakeholderInput,
): Promise<Stakeholder> {
  await requireLeader(deps, user, workspaceId);
  const row: StakeholderRow = {
    id: newId(),
    workspace_id: workspaceId,
    leader_id: user.id,
    name: input.name,
    email: input.email,
    relationship_group: input.relationshipGroup,
    created_at: deps.now().toISOString(),
  };
  await deps.transact(async (repos) => {
    refuseAddress(input.email, await addressRulesFor(repos, user, workspaceId));
    await repos.stakeholders.insertMany([row]);
  });
  return toStakeholder(row);
}

/**
 * Adds everyone on a pasted list whose line reads well, in one transaction, and reports the
 * rest by line. A dry run checks the same way and saves nothing, so the leader can preview.
 */
export async function addStakeholdersFromText(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  { text, dryRun = false }: { text: string; dryRun?: boolean },
): Promise<BulkStakeholdersResult> {
  await requireLeader(deps, user, workspaceId);
  const createdAt = deps.now().toISOString();
  return deps.transact(async (repos) => {
    const { stakeholders, errors } = parseStakeholderLines(
      text,
      await addressRulesFor(repos, user, workspaceId),
    );
    const rows: StakeholderRow[] = stakeholders.map((stakeholder) => ({
      id: newId(),
      workspace_id: workspaceId,
      leader_id: user.id,
      name: stakeholder.name,
      email: stakeholder.email,
      relationship_group: stakeholder.relationshipGroup,
      created_at: createdAt,
    }));
    if (!dryRun) await repos.stakeholders.insertMany(rows);
    return { added: rows.map(toStakeholder), errors };
  });
}

export async function updateStakeholder(
  deps: Deps,
  user: CurrentUser,
  stakeholderId: string,
  input: StakeholderInput,
): Promise<Stakeholder> {
  const stakeholder = await requireOwnStakeholder(deps, user, stakeholderId);
  const changes = { name: input.name, email: input.email, relationship_group: input.relationshipGroup };
  await deps.transact(async (repos) => {
    refuseAddress(input.email, await addressRulesFor(repos, user, stakeholder.workspace_id, stakeholderId));
    await repos.stakeholders.update(stakeholderId, changes);
  });
  return toStakeholder({ ...stakeholder, ...changes });
}

/**
 * Removes the person from the leader's list. Answers they gave stay in their rounds: responses
 * were never linked to them, and their invitations only lose the link (ON DELETE SET NULL).
 */
export async function removeStakeholder(deps: Pick<Deps, 'repos'>, user: CurrentUser, stakeholderId: string) {
  await requireOwnStakeholder(deps, user, stakeholderId);
  await deps.repos.stakeholders.delete(stakeholderId);
}
