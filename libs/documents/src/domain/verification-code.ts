import { createHash } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a code read off paper is typed back without confusion. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The short code printed on a document's last page (XXXX-XXXX-XXXX, 60 bits): derived from the document's id, so it
 * is known before the bytes are made (the bytes cannot hold their own hash) and finds the issue record, whose
 * SHA-256 the copy is then checked against.
 */
export function verificationCodeOf(documentId: string): string {
  const digest = createHash('sha256').update(`document-verification\u0000${documentId}`).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let out = '';
  for (let i = 0; i < 12; i++) out += ALPHABET[Number((bits >> BigInt(64 - 5 * (i + 1))) & 31n)];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/**
 * A code as someone typed it: case, spaces and dashes do not matter; O and I/L are read as 0 and 1. A scanned QR
 * code's link (…/verify/<code>) gives its code.
 */
export function normaliseVerificationCode(input: string): string | null {
  const linked = /verify\/([^/?#\s]+)\s*$/.exec(input.trim());
  const raw = decodeURIComponent(linked ? linked[1] : input)
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(raw)) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}
