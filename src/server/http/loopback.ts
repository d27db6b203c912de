/** Names of this machine: a browser reaches them only from this machine, never through someone's DNS. */
export const loopbackHostnames: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an address on this machine only, as in development (BASE_URL unset or http://localhost:…). */
export function isLoopbackUrl(url: string): boolean {
  return loopbackHostnames.has(new URL(url).hostname);
}
