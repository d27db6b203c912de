import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

/** 256 random bits, URL-safe: for session cookies, reset links and invitation links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a database reader cannot use a live link or session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(): string {
  return randomUUID();
}

/** A uniform number in [0, 1) from the operating system's generator, for shuffles nobody may predict. */
export function secureRandom(): number {
  return randomInt(2 ** 47) / 2 ** 47;
}
