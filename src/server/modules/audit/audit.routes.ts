import type { Hono } from 'hono';
import { auditFilterSchema } from '../../../shared/audit';
import type { AppEnv, RouteDeps } from '../../http/app-env';
import { parseInput } from '../../http/validation';
import { exportAuditLog, readAuditLog } from './audit.usecases';

/** Empty query parameters mean "any", as a form submitted with blank filters sends them. */
function filterOf(query: (name: string) => string | undefined) {
  const value = (name: string) => query(name) || undefined;
  return parseInput(auditFilterSchema, {
    action: value('action'),
    actor: value('actor'),
    from: value('from'),
    to: value('to'),
  });
}

export function registerAuditRoutes(app: Hono<AppEnv>, deps: RouteDeps) {
  app.get('/api/workspaces/:workspaceId/audit', async (c) => {
    const user = await deps.currentUser(c);
    const filter = filterOf((name) => c.req.query(name));
    return c.json(await readAuditLog(deps, user, c.req.param('workspaceId'), filter));
  });

  app.get('/api/workspaces/:workspaceId/audit.csv', async (c) => {
    const user = await deps.currentUser(c);
    const filter = filterOf((name) => c.req.query(name));
    const csv = await exportAuditLog(deps, user, c.req.param('workspaceId'), filter);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="feedforward-audit-log.csv"',
    });
  });
}
