import { KeyObject } from 'node:crypto';
import {
  CheckpointClaim,
  ClaimRefusal,
  IndependentWitness,
  publicKeyId,
  WitnessReceipt,
  WitnessRefused,
} from '@app/event-store';

/**
 * Another deployment of the platform, reached over HTTP(S), that countersigns this one's checkpoints. Its key is
 * pinned here: receipts that do not verify against it are ignored by the sealer and are faults to the verifier.
 */
export class HttpIndependentWitness implements IndependentWitness {
  private readonly base: string;

  constructor(
    url: string,
    readonly publicKey: KeyObject,
    private readonly timeoutMs = 10_000,
  ) {
    this.base = url.replace(/\/+$/, '');
  }

  get name(): string {
    return `${new URL(this.base).host}（${publicKeyId(this.publicKey)}）`;
  }

  async submit(claims: CheckpointClaim[]): Promise<WitnessReceipt[]> {
    const peer = claims[0]?.keyId;
    if (!peer) return [];
    const res = await fetch(`${this.base}/witness/v1/peers/${encodeURIComponent(peer)}/claims`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ claims }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = (await res.json().catch(() => null)) as {
      receipts?: WitnessReceipt[];
      seq?: number;
      refusal?: ClaimRefusal;
      messageEn?: string;
    } | null;
    if (res.ok && Array.isArray(body?.receipts)) return body.receipts;
    if (body?.refusal && typeof body.seq === 'number') throw new WitnessRefused(body.seq, body.refusal);
    throw new Error(`witness answered ${res.status}: ${body?.messageEn ?? 'no answer'}`);
  }

  async receipts(peerKeyId: string): Promise<WitnessReceipt[]> {
    const res = await fetch(`${this.base}/witness/v1/peers/${encodeURIComponent(peerKeyId)}/receipts`, {
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = (await res.json().catch(() => null)) as { receipts?: WitnessReceipt[] } | null;
    if (!res.ok || !Array.isArray(body?.receipts)) throw new Error(`witness answered ${res.status}`);
    return body.receipts;
  }
}
