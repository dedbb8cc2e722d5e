/**
 * Where webhooks may go (NOTIFY_WEBHOOK_HOSTS). The platform POSTs to addresses a county administrator types in; on
 * a government network that could be any internal service. A deployment names the hosts of its gateways (an SMS
 * gateway, a duty-room system): `sms.qingshui.gov.cn`, `*.qingshui.gov.cn` (any host under it), `10.8.0.12`.
 * Link-local addresses (169.254.0.0/16, fe80::/10: cloud metadata services) are never a gateway and always refused.
 */
export type WebhookHosts = readonly string[] | null;

/** Lower-cased, without IPv6 brackets or a trailing dot, as WHATWG URL gives hostnames. */
const bare = (host: string) =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

const LINK_LOCAL_V4 = /^169\.254\.\d{1,3}\.\d{1,3}$/;
const LINK_LOCAL_V6 = /^fe[89ab][0-9a-f]?:/;

const NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/** A pattern of NOTIFY_WEBHOOK_HOSTS is well formed: a host name, `*.` and a domain, or an IP address. */
export function isHostPattern(p: string): boolean {
  const host = bare(p.startsWith('*.') ? p.slice(2) : p);
  return NAME.test(host) || (host.includes(':') && /^[0-9a-f:.]+$/.test(host));
}

/** Why a webhook may not go to `hostname`, or null when it may. */
export function webhookHostRefusal(hostname: string, allowed: WebhookHosts): string | null {
  const host = bare(hostname);
  if (LINK_LOCAL_V4.test(host) || LINK_LOCAL_V6.test(host)) return 'link-local';
  if (allowed === null) return null;
  const ok = allowed.some((pattern) => {
    const p = bare(pattern);
    return p.startsWith('*.') ? host.endsWith(p.slice(1)) && host.length > p.length - 1 : host === p;
  });
  return ok ? null : 'not-listed';
}
