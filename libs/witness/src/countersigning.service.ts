import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_POOL } from '@app/database';
import {
  CheckpointClaim,
  ClaimRefusal,
  LOG_INTEGRITY,
  LogIntegrity,
  receiptText,
  refusalOf,
  WitnessReceipt,
} from '@app/event-store';
import { Clock } from '@app/kernel';
import { WITNESS_PEERS } from './witness.tokens';
import { WitnessPeer } from './witness-peers';

/** A claim this witness will not countersign, and why; a refusal of a signed claim is kept as evidence. */
export class ClaimRefused extends Error {
  constructor(
    readonly seq: number,
    readonly refusal: ClaimRefusal,
  ) {
    super(`checkpoint #${seq} refused: ${refusal.kind}`);
  }
}

export class UnknownPeer extends Error {}

interface HeldRow {
  seq: string;
  hash: string;
  witnessed_at: Date;
  countersignature: string;
}

/**
 * Countersigns the checkpoints of the deployments this one witnesses, with this deployment's own audit key, and
 * keeps what it countersigned. A peer's claims are taken in seq order, one peer at a time (an advisory lock per
 * peer), each only if its signature is the peer's, its hash recomputes and it extends the last one countersigned;
 * a seq shown again with the same hash gets the same receipt, with another hash it is refused and kept as evidence.
 */
@Injectable()
export class CountersigningService {
  private readonly peers: Map<string, WitnessPeer>;

  constructor(
    @Inject(APP_POOL) private readonly pool: Pool,
    @Inject(LOG_INTEGRITY) private readonly integrity: LogIntegrity,
    @Inject(WITNESS_PEERS) peers: WitnessPeer[],
    private readonly clock: Clock,
  ) {
    this.peers = new Map(peers.map((p) => [p.keyId, p]));
  }

  peer(keyId: string): WitnessPeer {
    const peer = this.peers.get(keyId);
    if (!peer) throw new UnknownPeer(keyId);
    return peer;
  }

  async countersign(peerKeyId: string, claims: CheckpointClaim[]): Promise<WitnessReceipt[]> {
    const peer = this.peer(peerKeyId);
    const client = await this.pool.connect();
    let refused: { claim: CheckpointClaim; refusal: ClaimRefusal } | null = null;
    const receipts: WitnessReceipt[] = [];
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('witness:' || $1))`, [peer.keyId]);
      const lastRows = await client.query<HeldRow>(
        `SELECT seq, hash, witnessed_at, countersignature FROM witness_countersigned
          WHERE peer_key_id = $1 ORDER BY seq DESC LIMIT 1`,
        [peer.keyId],
      );
      let last = lastRows.rows[0] ? { seq: Number(lastRows.rows[0].seq), hash: lastRows.rows[0].hash } : null;
      for (const claim of [...claims].sort((a, b) => a.seq - b.seq)) {
        const held = await client.query<HeldRow>(
          `SELECT seq, hash, witnessed_at, countersignature FROM witness_countersigned
            WHERE peer_key_id = $1 AND seq = $2`,
          [peer.keyId, claim.seq],
        );
        const refusal = refusalOf(claim, peer.publicKey, held.rows[0] ?? null, last);
        if (refusal) {
          refused = { claim, refusal };
          break;
        }
        if (held.rows[0]) {
          receipts.push(this.receiptOf(peer.keyId, held.rows[0]));
          continue;
        }
        const witnessedAt = this.clock.now().toISOString();
        const receipt = this.sign({ peerKeyId: peer.keyId, seq: claim.seq, hash: claim.hash, witnessedAt });
        await client.query(
          `INSERT INTO witness_countersigned (peer_key_id, seq, hash, claim, witnessed_at, countersignature)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [peer.keyId, claim.seq, claim.hash, claim, witnessedAt, receipt.countersignature],
        );
        receipts.push(receipt);
        last = { seq: claim.seq, hash: claim.hash };
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    if (refused) {
      // What came before the refused claim stays countersigned; a claim whose signature is the peer's is kept as
      // evidence (a conflict is proof that the peer signed two histories), anything else is not worth keeping.
      if (refused.refusal.kind === 'CONFLICT' || refused.refusal.kind === 'NOT_NEXT')
        await this.pool.query(
          `INSERT INTO witness_refusals (peer_key_id, seq, claim, refusal, refused_at) VALUES ($1, $2, $3, $4, $5)`,
          [peer.keyId, refused.claim.seq, refused.claim, refused.refusal, this.clock.now()],
        );
      throw new ClaimRefused(refused.claim.seq, refused.refusal);
    }
    return receipts;
  }

  async receipts(peerKeyId: string): Promise<WitnessReceipt[]> {
    const peer = this.peer(peerKeyId);
    const { rows } = await this.pool.query<HeldRow>(
      `SELECT seq, hash, witnessed_at, countersignature FROM witness_countersigned WHERE peer_key_id = $1 ORDER BY seq`,
      [peer.keyId],
    );
    return rows.map((r) => this.receiptOf(peer.keyId, r));
  }

  get publicKeyPem(): string {
    return this.integrity.signingKey.publicKeyPem;
  }

  private receiptOf(peerKeyId: string, r: HeldRow): WitnessReceipt {
    return {
      witnessKeyId: this.integrity.signingKey.keyId,
      peerKeyId,
      seq: Number(r.seq),
      hash: r.hash,
      witnessedAt: new Date(r.witnessed_at).toISOString(),
      countersignature: r.countersignature,
    };
  }

  private sign(r: Omit<WitnessReceipt, 'countersignature' | 'witnessKeyId'>): WitnessReceipt {
    const unsigned = { ...r, witnessKeyId: this.integrity.signingKey.keyId };
    return {
      ...unsigned,
      countersignature: this.integrity.signingKey.sign('countersignature', receiptText(unsigned)),
    };
  }
}
