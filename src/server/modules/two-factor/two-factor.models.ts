/** Long enough to open the app and type a code, short enough that a stolen token soon dies. */
export const pendingSignInLifetimeMs = 5 * 60_000;

/** Codes tried per password entered: a guesser must start again (and pass the password limits). */
export const maxSecondStepAttempts = 5;

export const recoveryCodeCount = 10;

/** Authenticator codes are six digits; anything else typed in the code field is a recovery code. */
export function isAuthenticatorCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** `abcde-fghij` from ten random letters and digits: easy to read out, copy and type. */
export function formatRecoveryCode(tenCharacters: string): string {
  return `${tenCharacters.slice(0, 5)}-${tenCharacters.slice(5, 10)}`;
}

/** Recovery codes are compared without the dash and case people may or may not type. */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/**
 * When the operator requires two-step sign-in of admins, it applies to admins of an organization:
 * everyone is the admin of their own personal workspace, where nobody else's data is at stake.
 */
export function mustEnroll(input: {
  requiredForAdmins: boolean;
  organizationAdmin: boolean;
  enabled: boolean;
}) {
  return input.requiredForAdmins && input.organizationAdmin && !input.enabled;
}
