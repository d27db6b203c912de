import type { z } from 'zod';
import { routeGroups } from '../../src/server/modules/api-docs/route-groups';

const routes = routeGroups.flatMap((group) => group.routes);
const keyOf = (route: (typeof routes)[number]) => `${route.method.toUpperCase()} ${route.path}`;

/**
 * The body schema each route reads, as the OpenAPI document describes it, so fuzzed bodies look like
 * real ones. A route without one is still fuzzed, with random JSON and non-JSON bodies only.
 */
export const bodySchemas: Record<string, z.ZodType> = Object.fromEntries(
  routes.flatMap((route) => (route.body ? [[keyOf(route), route.body]] : [])),
);

/** Query parameters a route reads; every route also gets random ones. */
export const queryKeys: Record<string, readonly string[]> = Object.fromEntries(
  routes.flatMap((route) => (route.query ? [[keyOf(route), Object.keys(route.query.shape)]] : [])),
);
