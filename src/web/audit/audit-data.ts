import { type AuditFilter, type AuditLog, auditFilterSchema, auditLogSchema } from '../../shared/audit';
import { apiGet } from '../api';
import type { FormErrors } from '../forms';
import { validate } from '../forms';
import { workspaceApiPath } from '../workspace/workspace-data';

export const auditFilterInputs = ['action', 'actor', 'from', 'to'] as const;

export type AuditPageData = {
  workspaceId: string;
  filter: Record<string, string>;
  /** The query string the table and the CSV link share. */
  query: string;
  log: AuditLog | null;
  errors: FormErrors;
};

/** The filters live in the address, so a filtered view can be bookmarked and the back button works. */
export async function loadAuditPage(request: Request, workspaceId: string): Promise<AuditPageData> {
  const params = new URL(request.url).searchParams;
  const filter = Object.fromEntries(auditFilterInputs.map((name) => [name, params.get(name) ?? '']));
  const present = Object.fromEntries(Object.entries(filter).filter(([, value]) => value));
  const checked = validate(auditFilterSchema, present, auditFilterInputs);
  if ('errors' in checked) return { workspaceId, filter, query: '', log: null, errors: checked.errors };
  const query = new URLSearchParams(checked.data as AuditFilter & Record<string, string>).toString();
  const log = await apiGet(
    `${workspaceApiPath(workspaceId)}/audit${query ? `?${query}` : ''}`,
    auditLogSchema,
    {
      request,
    },
  );
  return { workspaceId, filter, query, log, errors: { fieldErrors: {} } };
}
