import { Secret, TOTP } from 'otpauth';

// The settings every authenticator app understands (RFC 6238 defaults).
const period = 30;
const issuer = 'Feedforward';

function totpFor(secret: string, label: string) {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secret) });
}

/** 160 random bits, as RFC 4226 recommends, in the base32 that apps accept typed in. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/**
 * The time step of the code's moment when it is right now or one step before or after (clocks
 * drift), else null. The step is what makes a code single-use: one accepted step is never again.
 */
export function stepOfCode(secret: string, code: string, now: Date): number | null {
  const delta = totpFor(secret, '').validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / period) + delta;
}

/** qrcode is loaded when someone first sets up two-factor sign-in, not at start (decision 0057). */
export async function qrCodeSvg(uri: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
