import { lookup } from 'node:dns/promises';
import { LookupFunction } from 'node:net';
import { addressRefusal, WebhookPolicy, WebhookRefusal } from './webhook-hosts';

/** A name's addresses, as the system resolver gives them (tests pass their own to play a rebinding DNS server). */
export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

export const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** A name that resolved to an address the policy refuses. */
export class AddressRefused extends Error {
  readonly code = 'EADDRREFUSED';

  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly refusal: WebhookRefusal,
  ) {
    super(`${hostname} resolved to ${address}: ${refusal}`);
  }
}

/**
 * The `lookup` of a webhook's connection: resolves the name once and judges every address it answered before the
 * socket connects to one of them. The check and the connection use the same answer, so a name whose next answer
 * differs (DNS rebinding, a TTL of 0) cannot pass the check with one address and connect to another. One refused
 * address refuses the name: which of several addresses a connection ends on is not ours to choose.
 */
export function guardedLookup(resolve: Resolve, policy: WebhookPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        for (const a of found) {
          const refusal = addressRefusal(a.address, policy);
          if (refusal) return callback(new AddressRefused(hostname, a.address, refusal), '');
        }
        const family =
          options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family ?? 0);
        const usable = family === 0 ? found : found.filter((a) => a.family === family);
        if (usable.length === 0)
          return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
        if (options.all) return callback(null, usable);
        return callback(null, usable[0].address, usable[0].family);
      },
      (err: unknown) => callback(err as NodeJS.ErrnoException, ''),
    );
  };
}
