import type { CurrentUser } from '../../../shared/accounts';
import type { AuditEntry, AuditFilter } from '../../../shared/audit';
import type { AppDeps } from '../../deps';
import { requireAdmin } from '../workspaces';
import { auditCsv } from './audit.models';

type Deps = Pick<AppDeps, 'repos' | 'transact' | 'now' | 'config'>;

/** What the page shows; the CSV holds every match up to the export's cap. */
const pageSize = 200;
const exportCap = 50_000;

async function entries(deps: Pick<Deps, 'repos'>, workspaceId: string, filter: AuditFilter, limit: number) {
  const rows = await deps.repos.audit.search(workspaceId, filter, limit);
  return rows.map(
    (row): AuditEntry => ({
      id: row.id,
      at: row.created_at,
      action: row.action,
      actor:
        row.actor_user_id && row.actor_name && row.actor_email
          ? { userId: row.actor_user_id, name: row.actor_name, email: row.actor_email }
          : null,
      target: row.target,
      detail: row.detail,
    }),
  );
}

export async function readAuditLog(deps: Deps, user: CurrentUser, workspaceId: string, filter: AuditFilter) {
  await requireAdmin(deps, user, workspaceId);
  const found = await entries(deps, workspaceId, filter, pageSize + 1);
  return {
    entries: found.slice(0, pageSize),
    truncated: found.length > pageSize,
    actions: await deps.repos.audit.actionsOf(workspaceId),
    actors: await deps.repos.audit.actorsOf(workspaceId),
  };
}

/** The export is itself an admin action, so it is logged (after the rows it exports were read). */
export async function exportAuditLog(
  deps: Deps,
  user: CurrentUser,
  workspaceId: string,
  filter: AuditFilter,
) {
  await requireAdmin(deps, user, workspaceId);
  const csv = auditCsv(await entries(deps, workspaceId, filter, exportCap));
  const described = Object.entries(filter)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
  await deps.repos.audit.record(
    {
      workspaceId,
      actorUserId: user.id,
      action: 'audit.exported',
      target: null,
      detail: described || 'everything',
    },
    deps.now(),
  );
  return csv;
}
