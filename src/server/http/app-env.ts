import type { Context } from 'hono';
import type { CurrentUser } from '../../shared/accounts';
import type { AppDeps } from '../deps';
import type { SessionCookie } from './session-cookie';

export type AppEnv = {
  Variables: {
    requestId: string;
    /** Set when the request carries a valid personal API token (bearer-auth.ts). */
    tokenUser?: CurrentUser;
  };
};

/** What every route module receives besides the Hono app. */
export type RouteDeps = AppDeps & {
  sessionCookie: SessionCookie;
  currentUser: (c: Context<AppEnv>) => Promise<CurrentUser>;
  clientKey: (c: Context<AppEnv>) => string;
};
