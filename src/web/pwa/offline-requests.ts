/**
 * Which requests the service worker answers from its caches when the network is gone (decision 0049).
 * Pure, so the rules are tested without a browser; service-worker.ts applies them.
 */

/** Served by the server itself, never by the leader app: the worker leaves these navigations alone. */
const outsideTheApp = [
  /^\/api\//,
  /^\/answer\/?$/,
  /^\/a\//,
  /^\/calendar\//,
  /^\/source\/?$/,
  /^\/healthz$/,
];

/** A page of the leader app, which index.html serves: offline, the cached app shell opens it. */
export const isAppNavigation = (pathname: string) => !outsideTheApp.some((pattern) => pattern.test(pathname));

/**
 * The reads the practice page needs to open offline. Only these keep a copy on the device, the last
 * answer each gave, and only until sign-out: a leader's other pages need the network.
 */
const practiceReads = [
  /^\/api\/auth\/session$/,
  /^\/api\/mail-setup$/,
  /^\/api\/workspaces\/[^/]+$/,
  /^\/api\/cycles\/[^/]+$/,
  /^\/api\/cycles\/[^/]+\/(commitments|checkins|daily-reminder)$/,
  /^\/api\/push$/,
];

export const keepsOfflineCopy = (pathname: string) => practiceReads.some((pattern) => pattern.test(pathname));

/** Signing out (or out everywhere) must not leave the leader's data readable on the device. */
export const endsSession = (method: string, pathname: string) =>
  method === 'POST' && /^\/api\/auth\/sign-out/.test(pathname);

/** Built files are named by their content, so a cached copy is never stale. */
export const isBuiltAsset = (pathname: string) => pathname.startsWith('/assets/');

/** The caches of one build: a new worker keeps its own and deletes every other Feedforward cache. */
export function cacheNames(version: string) {
  return { shell: `feedforward-shell-${version}`, data: 'feedforward-offline-data' } as const;
}

export const staleCaches = (existing: readonly string[], version: string) => {
  const keep = new Set<string>(Object.values(cacheNames(version)));
  return existing.filter((name) => name.startsWith('feedforward-') && !keep.has(name));
};
