import { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parsePublicKey, publicKeyId } from '@app/event-store';

/** A deployment this one witnesses: its name and the audit public key it published, pinned here. */
export interface WitnessPeer {
  name: string;
  publicKey: KeyObject;
  keyId: string;
}

/**
 * The peers from WITNESS_PEERS_FILE: a JSON list of `{ "name": "清水县", "publicKey": "-----BEGIN PUBLIC KEY-----…" }`,
 * each key exchanged with that deployment's operators out of band (as the audit key is published).
 */
export function readWitnessPeers(file: string): WitnessPeer[] {
  const list = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(list))
    throw new Error('WITNESS_PEERS_FILE must hold a JSON list of { name, publicKey }');
  return list.map((p: { name?: unknown; publicKey?: unknown }, i) => {
    if (typeof p.name !== 'string' || !p.name.trim() || typeof p.publicKey !== 'string')
      throw new Error(`WITNESS_PEERS_FILE entry ${i + 1} needs a name and a publicKey (PEM)`);
    const publicKey = parsePublicKey(p.publicKey);
    return { name: p.name.trim(), publicKey, keyId: publicKeyId(publicKey) };
  });
}
