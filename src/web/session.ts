import type { CurrentUser } from '../shared/accounts';
import { ApiError, apiGet } from './api';

/** The signed-in person, or a redirect to sign in that comes back to the requested page. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const { user } = await apiGet<{ user: CurrentUser }>('/api/auth/me', { request });
  return user;
}

/** The signed-in person, or null for pages that also serve people who are signed out. */
export async function findUser(request: Request): Promise<CurrentUser | null> {
  try {
    const { user } = await apiGet<{ user: CurrentUser }>('/api/auth/me', {
      request,
      redirectWhenSignedOut: false,
    });
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
