import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
export const argon2Parameters = {
  // Algorithm.Argon2id; the package exports a const enum, which isolated modules cannot read.
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  /** With no hash (unknown account) it still does the work, so timing does not reveal accounts. */
  verify: (passwordHash: string | null, password: string) => Promise<boolean>;
};

export function createPasswordHasher(): PasswordHasher {
  let standIn: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, argon2Parameters),
    verify: async (passwordHash, password) => {
      standIn ??= hash('stand-in for an account that does not exist', argon2Parameters);
      try {
        const matches = await verify(passwordHash ?? (await standIn), password);
        return matches && passwordHash !== null;
      } catch {
        return false;
      }
    },
  };
}

const requireCommonJs = createRequire(import.meta.url);

/**
 * The common-password list ships inside an npm package, so the check works offline. The package
 * (keyboard layouts and word lists) is 5 MB of heap and a Set of the list 4 MB more, held for the
 * process's life to serve the rare password change: the list is kept as one lowercased string
 * (0.5 MB) and the package let go, which only a CommonJS load allows (decision 0057).
 */
export function loadCommonPasswords(): Pick<ReadonlySet<string>, 'has'> {
  const packagePath = requireCommonJs.resolve('@zxcvbn-ts/language-common');
  const { dictionary } = requireCommonJs(packagePath) as typeof import('@zxcvbn-ts/language-common');
  const lowered = (dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase());
  // The package's index and the data files it required.
  const packageFolder = dirname(packagePath);
  for (const path of Object.keys(requireCommonJs.cache))
    if (path.startsWith(packageFolder)) delete requireCommonJs.cache[path];
  const list = `\n${lowered.join('\n')}\n`;
  // A scan of the list takes well under a millisecond, and runs only when a password is set.
  return { has: (password) => !password.includes('\n') && list.includes(`\n${password}\n`) };
}
