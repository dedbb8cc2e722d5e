import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may go. The platform POSTs to addresses a county administrator types in; on a government network
 * that could be any internal service (SSRF). Two checks, both needed:
 *
 * - by name, before anything else: NOTIFY_WEBHOOK_HOSTS names the hosts of a deployment's gateways (an SMS
 *   gateway, a duty-room system): `sms.qingshui.gov.cn`, `*.qingshui.gov.cn` (any host under it), `10.8.0.12`;
 * - by address, on every address actually connected to (webhook-connect.ts resolves and checks in one step, so a
 *   name that answers a public address to a check and a private one to the connection — DNS rebinding — gains
 *   nothing).
 *
 * The address rule: link-local (169.254.0.0/16, fe80::/10: cloud metadata services) and addresses that are never a
 * gateway (unspecified — 0.0.0.0 reaches the local host —, multicast, broadcast, documentation, benchmarking and
 * other reserved ranges) are always refused. Loopback, private (RFC 1918), CGNAT (100.64.0.0/10) and unique-local
 * (fc00::/7) addresses are allowed when the deployment lists its hosts (the operator vouches for where its names
 * lead); with no list, production allows public addresses only and development public and loopback (local test
 * gateways). IPv4 written inside IPv6 (::ffff:a.b.c.d, ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96) is judged as the
 * IPv4 address it carries; the ranges come from ipaddr.js, not from CIDR arithmetic of our own.
 */
export type WebhookHosts = readonly string[] | null;

/** What the address rule needs to know about a deployment. */
export interface WebhookPolicy {
  /** NOTIFY_WEBHOOK_HOSTS; null: none listed. */
  hosts: WebhookHosts;
  /** A production deployment: with no list, public addresses only. */
  production: boolean;
}

/** Why a host or address is refused; null when it is not. */
export type WebhookRefusal = 'not-listed' | 'link-local' | 'not-public';

/** What kind of address it is, for the rule above. */
export type AddressClass = 'public' | 'loopback' | 'internal' | 'link-local' | 'special';

/** Lower-cased, without IPv6 brackets or a trailing dot, IP addresses in one spelling. */
function bare(host: string): string {
  const h = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return isIpLiteral(h) ? ipaddr.parse(h).toString() : h;
}

/** An IP address as URLs and resolvers write them (not the odd forms like `127.1` that some parsers take). */
export function isIpLiteral(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return ipaddr.IPv4.isValidFourPartDecimal(h) || ipaddr.IPv6.isValid(h);
}

const NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/** A pattern of NOTIFY_WEBHOOK_HOSTS is well formed: a host name, `*.` and a domain, or an IP address. */
export function isHostPattern(p: string): boolean {
  const host = (p.startsWith('*.') ? p.slice(2) : p)
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  return NAME.test(host) || (host.includes(':') && ipaddr.IPv6.isValid(host));
}

// The IPv4-compatible form ::a.b.c.d (deprecated, RFC 4291) is not in ipaddr.js's table and would read as public.
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');
// NAT64's well-known prefix: the last 32 bits are the IPv4 address reached (RFC 6052). Its local-use sibling
// 64:ff9b:1::/48 (RFC 8215) is a network's own, so internal.
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');

const embeddedIPv4 = (v6: ipaddr.IPv6) => new ipaddr.IPv4(v6.toByteArray().slice(12));

function classOfV4(ip: ipaddr.IPv4): AddressClass {
  switch (ip.range()) {
    case 'unicast':
      return 'public';
    case 'loopback':
      return 'loopback';
    case 'private':
    case 'carrierGradeNat':
      return 'internal';
    case 'linkLocal':
      return 'link-local';
    case 'unspecified':
    case 'broadcast':
    case 'multicast':
    case 'reserved':
    case 'benchmarking':
    case 'as112':
    case 'amt':
      return 'special';
  }
}

/** The class of an IP address (as resolvers and URLs give it); anything unparsable is `special`. */
export function addressClass(address: string): AddressClass {
  const text = address.replace(/^\[|\]$/g, '');
  if (!isIpLiteral(text)) return 'special';
  const ip = ipaddr.parse(text);
  if (ip.kind() === 'ipv4') return classOfV4(ip as ipaddr.IPv4);
  const v6 = ip as ipaddr.IPv6;
  switch (v6.range()) {
    case 'unicast':
      return v6.match(IPV4_COMPATIBLE) ? 'special' : 'public';
    case 'loopback':
      return 'loopback';
    case 'uniqueLocal':
      return 'internal';
    case 'linkLocal':
      return 'link-local';
    case 'ipv4Mapped':
    case 'rfc6145':
      return classOfV4(embeddedIPv4(v6));
    case 'rfc6052':
      return v6.match(NAT64_WELL_KNOWN) ? classOfV4(embeddedIPv4(v6)) : 'internal';
    case 'unspecified':
    case 'multicast':
    case 'reserved': // documentation 2001:db8::/32 among them
    case 'benchmarking':
    case '6to4': // tunnels that carry an IPv4 address onward
    case 'teredo':
    case 'amt':
    case 'as112v6':
    case 'orchid2':
    case 'droneRemoteIdProtocolEntityTags':
      return 'special';
    default:
      // Ranges ipaddr.js knows but does not type (site-local, discard, segment routing, ORCHID v1): no gateway.
      return 'special';
  }
}

function listed(host: string, hosts: readonly string[]): boolean {
  const h = bare(host);
  return hosts.some((pattern) => {
    const p = bare(pattern);
    return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p;
  });
}

/**
 * Why a webhook may not go to `hostname` (a name or an IP literal, as a URL gives it), judged before connecting.
 * A name still has each of its addresses judged when it is resolved (addressRefusal).
 */
export function webhookHostRefusal(hostname: string, policy: WebhookPolicy): WebhookRefusal | null {
  const host = bare(hostname);
  if (isIpLiteral(host)) {
    // Node connects to a literal without any lookup: its address is judged here, list or not.
    const byAddress = addressRefusal(host, policy);
    if (byAddress) return byAddress;
  }
  return policy.hosts === null || listed(host, policy.hosts) ? null : 'not-listed';
}

/** Why a webhook may not connect to `address`, or null when it may (see the rule at the top). */
export function addressRefusal(address: string, policy: WebhookPolicy): WebhookRefusal | null {
  switch (addressClass(address)) {
    case 'public':
      return null;
    case 'link-local':
      return 'link-local';
    case 'special':
      return 'not-public';
    case 'loopback':
      return policy.hosts !== null || !policy.production ? null : 'not-public';
    case 'internal':
      return policy.hosts !== null ? null : 'not-public';
  }
}
