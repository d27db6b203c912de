import { fileURLToPath } from 'node:url';

/** The checkout's root, so the harness works whatever directory the tests are started from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
