/**
 * What the QR code on a document's last page opens: the record's check (公文核验) for its verification code, in the
 * console's link form `<base>/#/verify/<code>` — the deployment's address people open (NOTIFY_LINK_BASE, as the
 * notifications' links) — or, with no address configured, the platform reference `yuqing:verify/<code>`, which the
 * console's 公文核验 field takes as it takes the bare code.
 */
export function verificationLinkOf(code: string, linkBase: string | null): string {
  const path = `verify/${encodeURIComponent(code)}`;
  return linkBase ? `${linkBase.replace(/\/+$/, '')}/#/${path}` : `yuqing:${path}`;
}
