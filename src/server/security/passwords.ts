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

/** The common-password list ships inside an npm package, so the check works offline. */
export async function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  const { dictionary } = await import('@zxcvbn-ts/language-common');
  return new Set((dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()));
}
