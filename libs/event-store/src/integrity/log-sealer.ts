import { Pool, PoolClient } from 'pg';
import { Clock } from '@app/kernel';
import { EventStore } from '../event-store';
import { LOG_START } from '../event-store.types';
import { GENESIS_HASH, newDigest } from '../hashing';
import {
  checkpointHash,
  CheckpointRow,
  digestLine,
  LogCheckpoint,
  toCheckpoint,
  witnessedHead,
} from './checkpoint';
import { CheckpointWitness } from './checkpoint-witness';
import { claimOf, IndependentWitness, receiptValid } from './independent-witness';
import { LogSigningKey, publicKeyId } from './log-signing-key';

const SEAL_LOCK = 7_214_002;

/**
 * Runs `work` on a connection while no checkpoint can be sealed (a shared hold on the sealers' lock): an export's
 * snapshot then holds every checkpoint sealed before it, and none is sealed until it is done.
 */
export async function whileNotSealing<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock_shared($1)', [SEAL_LOCK]);
    try {
      return await work(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock_shared($1)', [SEAL_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * Seals the global log into checkpoints: each covers the events after the previous checkpoint, in log order, with
 * a digest over their positions and hashes, and chains to the previous checkpoint. Per-stream chains cannot reveal
 * a stream that vanished entirely; a checkpoint that covered it can.
 */
export interface LogSealerOptions {
  /** Signs each checkpoint; without it checkpoints are only hashed (tests of the event store alone). */
  signingKey?: LogSigningKey;
  /** Receives each signed checkpoint's head once it is committed. */
  witness?: CheckpointWitness;
  /** Another deployment that countersigns each signed checkpoint; its receipts are kept in es_witness_receipts. */
  independentWitness?: IndependentWitness;
  /** Told when the independent witness could not be reached or refused (sealing goes on; the next seal retries). */
  onWitnessProblem?: (err: unknown) => void;
}

export class LogSealer {
  /** Highest seq this process knows the witness holds; read from the witness once, on the first seal. */
  private witnessedUpTo?: number;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly options: LogSealerOptions = {},
  ) {}

  /** Seals what has been appended since the last checkpoint (up to `maxEvents`); null when there was nothing. */
  async sealPending(maxEvents = 50_000): Promise<LogCheckpoint | null> {
    // Seal everything committed before this call: wait (briefly) until no older transaction holds it back.
    const tail = await this.store.logTail();
    if (tail) await this.store.waitUntilReadable(tail);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One sealer at a time across processes; the loser simply finds less (or nothing) to seal.
      await client.query('SELECT pg_advisory_xact_lock($1)', [SEAL_LOCK]);
      const prevRows = await client.query<CheckpointRow>(
        `SELECT * FROM es_log_checkpoints ORDER BY seq DESC LIMIT 1`,
      );
      const prev = prevRows.rows[0] ? toCheckpoint(prevRows.rows[0]) : null;
      const from = prev ? prev.to : LOG_START;
      const algorithm = this.store.hashAlgorithm;
      const digest = newDigest(algorithm);
      let cursor = from;
      let count = 0;
      const query = async <T>(sql: string, params: unknown[]) =>
        (await client.query(sql, params)).rows as T[];
      while (count < maxEvents) {
        const events = await this.store.readLog(cursor, Math.min(5000, maxEvents - count), query);
        if (events.length === 0) break;
        for (const e of events) digest.update(digestLine(e));
        const lastEvent = events[events.length - 1];
        cursor = { transactionId: lastEvent.transactionId, globalPosition: lastEvent.globalPosition };
        count += events.length;
      }
      if (count === 0) {
        await client.query('COMMIT');
        await this.countersign();
        return null;
      }
      const draft = {
        seq: (prev?.seq ?? 0) + 1,
        from,
        to: cursor,
        eventCount: count,
        eventsDigest: `${algorithm}:${digest.digest('hex')}`,
        prevHash: prev?.hash ?? GENESIS_HASH,
        sealedAt: this.clock.now(),
      };
      const hash = checkpointHash(draft, algorithm);
      const key = this.options.signingKey;
      const checkpoint: LogCheckpoint = {
        ...draft,
        hash,
        signature: key ? key.sign('checkpoint', hash) : null,
        keyId: key ? key.keyId : null,
      };
      await client.query(
        `INSERT INTO es_log_checkpoints (seq, from_transaction_id, from_position, to_transaction_id, to_position,
                                         event_count, events_digest, prev_hash, hash, sealed_at, signature, key_id)
         VALUES ($1, $2::text::xid8, $3, $4::text::xid8, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          checkpoint.seq,
          checkpoint.from.transactionId.toString(),
          checkpoint.from.globalPosition.toString(),
          checkpoint.to.transactionId.toString(),
          checkpoint.to.globalPosition.toString(),
          checkpoint.eventCount,
          checkpoint.eventsDigest,
          checkpoint.prevHash,
          checkpoint.hash,
          checkpoint.sealedAt,
          checkpoint.signature,
          checkpoint.keyId,
        ],
      );
      await client.query('COMMIT');
      await this.witnessUpTo(checkpoint.seq);
      await this.countersign();
      return checkpoint;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * Shows the independent witness every signed checkpoint it has not countersigned yet (by the receipts kept here),
   * in order, and keeps its receipts. A witness away or refusing does not stop sealing: the next seal tries again,
   * and verification reports the checkpoints no independent witness has seen.
   */
  private async countersign(): Promise<void> {
    const witness = this.options.independentWitness;
    if (!witness) return;
    try {
      const witnessKeyId = publicKeyId(witness.publicKey);
      const { rows } = await this.pool.query<CheckpointRow>(
        `SELECT * FROM es_log_checkpoints WHERE signature IS NOT NULL AND seq > coalesce(
           (SELECT max(seq) FROM es_witness_receipts WHERE witness_key_id = $1), 0) ORDER BY seq LIMIT 500`,
        [witnessKeyId],
      );
      if (rows.length === 0) return;
      const receipts = (await witness.submit(rows.map((r) => claimOf(toCheckpoint(r))))).filter((r) =>
        receiptValid(r, witness.publicKey),
      );
      if (receipts.length === 0) return;
      await this.pool.query(
        `INSERT INTO es_witness_receipts (witness_key_id, peer_key_id, seq, hash, witnessed_at, countersignature)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::timestamptz[], $6::text[])
         ON CONFLICT (witness_key_id, seq) DO NOTHING`,
        [
          receipts.map((r) => r.witnessKeyId),
          receipts.map((r) => r.peerKeyId),
          receipts.map((r) => r.seq),
          receipts.map((r) => r.hash),
          receipts.map((r) => r.witnessedAt),
          receipts.map((r) => r.countersignature),
        ],
      );
    } catch (err) {
      this.options.onWitnessProblem?.(err);
    }
  }

  /**
   * Hands the witness every committed checkpoint it does not hold yet, in order — those sealed by other processes
   * too, and one whose witnessing a crash cut short (witnessing happens after commit, so the witness never holds a
   * checkpoint the database rolled back).
   */
  private async witnessUpTo(seq: number): Promise<void> {
    const witness = this.options.witness;
    if (!witness) return;
    let missing: (r: CheckpointRow) => boolean;
    if (this.witnessedUpTo === undefined) {
      // First seal of this process: also hand over any checkpoint a crash left unwitnessed, whichever process sealed it.
      const held = new Set((await witness.read()).map((h) => h.seq));
      missing = (r) => !held.has(Number(r.seq));
    } else {
      const from = this.witnessedUpTo;
      missing = (r) => Number(r.seq) > from;
    }
    const { rows } = await this.pool.query<CheckpointRow>(
      `SELECT * FROM es_log_checkpoints WHERE seq > $1 AND seq <= $2 AND signature IS NOT NULL ORDER BY seq`,
      [this.witnessedUpTo ?? 0, seq],
    );
    await witness.record(rows.filter(missing).map((r) => witnessedHead(toCheckpoint(r))));
    this.witnessedUpTo = seq;
  }
}
