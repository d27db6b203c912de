import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app holding `secret` shows at `at`, computed the way the app does. */
export function codeAt(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
}
