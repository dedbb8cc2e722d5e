import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who a download link was made for, and until when it works. */
export interface LinkClaims {
  attachmentId: string;
  userId: string;
  unitId: string;
  /** Seconds since the epoch. */
  expires: number;
}

/**
 * Short-lived download links (issue 22): the attachment, the person it was made for and its expiry, signed with
 * HMAC-SHA256. A link works without the bearer token (a browser's <img> or a PDF viewer cannot send one), only until
 * it expires, and says whose read it was, so a 涉密 file's reads are recorded under the right name.
 */
export class SignedLinks {
  constructor(private readonly secret: Buffer) {}

  sign(c: LinkClaims): string {
    return createHmac('sha256', this.secret)
      .update(`${c.attachmentId}\n${c.userId}\n${c.unitId}\n${c.expires}`)
      .digest('base64url');
  }

  /** The file's path (`content`) or its preview's, with the signed claims. */
  query(c: LinkClaims, what: 'content' | 'preview' = 'content'): string {
    const q = new URLSearchParams({ u: c.userId, n: c.unitId, e: String(c.expires), s: this.sign(c) });
    return `/files/attachments/${c.attachmentId}/${what}?${q.toString()}`;
  }

  /** The claims of a link whose signature holds and which has not expired; null otherwise. */
  verify(attachmentId: string, q: Record<string, unknown>, nowSeconds: number): LinkClaims | null {
    const [u, n, e, s] = [q.u, q.n, q.e, q.s];
    if (typeof u !== 'string' || typeof n !== 'string' || typeof e !== 'string' || typeof s !== 'string')
      return null;
    const claims = { attachmentId, userId: u, unitId: n, expires: Number(e) };
    if (!Number.isSafeInteger(claims.expires) || claims.expires < nowSeconds) return null;
    const expected = Buffer.from(this.sign(claims));
    const given = Buffer.from(s);
    return given.length === expected.length && timingSafeEqual(given, expected) ? claims : null;
  }
}
