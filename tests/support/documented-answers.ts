import { z } from 'zod';
import { routeGroups } from '../../src/server/modules/api-docs/route-groups';

const documentedRoutes = routeGroups
  .flatMap((group) => group.routes)
  .map((route) => ({
    route,
    pattern: new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+').replace(/\./g, '\\.')}$`),
  }));

/**
 * Holds every answer a test receives to what the OpenAPI document says of it: a success status it
 * lists, and a JSON body its schema accepts. The web client parses answers with the same schemas, so a
 * body they refuse here would be refused in the browser too.
 */
export async function checkDocumentedAnswer(method: string, path: string, response: Response): Promise<void> {
  const pathname = new URL(path, 'http://localhost').pathname;
  const match = documentedRoutes.find(
    ({ route, pattern }) => route.method === method.toLowerCase() && pattern.test(pathname),
  );
  if (!match || response.status < 200 || response.status >= 300) return;
  const documented = match.route.responses[response.status];
  const where = `${method} ${match.route.path}`;
  if (!documented)
    throw new Error(`${where} answered ${response.status}, a status its OpenAPI description lacks`);
  if (!documented.schema || !response.headers.get('content-type')?.includes('application/json')) return;
  const parsed = z.safeParse(documented.schema, await response.clone().json());
  if (!parsed.success) {
    throw new Error(
      `${where} answered a body its documented schema refuses:\n${z.prettifyError(parsed.error)}`,
    );
  }
}
