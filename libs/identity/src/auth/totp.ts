import { generate, generateSecret, generateURI, verify } from 'otplib';

/** TOTP (RFC 6238: 30-second steps, 6 digits, SHA-1 as authenticator apps expect) via otplib. */
export const newTotpSecret = (): string => generateSecret();

export const totpUri = (issuer: string, account: string, secret: string): string =>
  generateURI({ issuer, label: account, secret });

/** The code for a moment (tests and demos). */
export const totpCode = (secret: string, at: Date): Promise<string> =>
  generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

/**
 * The time step the code belongs to when it is valid at `at` (one step of drift either way), and newer than
 * `afterStep` (so a code is never accepted twice); null otherwise.
 */
export async function acceptTotp(
  secret: string,
  code: string,
  at: Date,
  afterStep: number,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: 30,
    afterTimeStep: afterStep,
  });
  return result.valid ? (result as { timeStep: number }).timeStep : null;
}
