import { LogPosition } from '../event-store.types';

/** Runs a query and gives its rows (a pooled client, a transaction, or a snapshot's connection). */
export type SqlRows = <T extends object>(sql: string, params: unknown[]) => Promise<T[]>;

/** What a checkpoint seals of one event: its place in the log and in its stream, and its hash. */
export interface SealedLineRow {
  transaction_id: string;
  global_position: string;
  stream_id: string;
  stream_version: string;
  hash: string;
}

/** The log position of a row read from `es_events`. */
export const rowPosition = (r: { transaction_id: string; global_position: string }): LogPosition => ({
  transactionId: BigInt(r.transaction_id),
  globalPosition: BigInt(r.global_position),
});

/**
 * Hands every event after `after` up to and including `to` to `line`, in log order, reading only what checkpoints
 * seal (positions, stream, version, hash) in batches.
 */
export async function forEachSealedLine(
  query: SqlRows,
  after: LogPosition,
  to: LogPosition,
  line: (row: SealedLineRow, position: LogPosition) => void,
): Promise<void> {
  let cursor = after;
  for (;;) {
    const rows = await query<SealedLineRow>(
      `SELECT transaction_id, global_position, stream_id, stream_version, hash FROM es_events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND (transaction_id, global_position) <= ($3::text::xid8, $4::bigint)
        ORDER BY transaction_id, global_position LIMIT 10000`,
      [
        cursor.transactionId.toString(),
        cursor.globalPosition.toString(),
        to.transactionId.toString(),
        to.globalPosition.toString(),
      ],
    );
    if (rows.length === 0) return;
    for (const r of rows) {
      cursor = rowPosition(r);
      line(r, cursor);
    }
  }
}

/** The stored hashes of the given (stream, version) pairs, keyed `stream#version`. */
export async function predecessorHashes(
  query: SqlRows,
  pairs: (readonly [string, number])[],
): Promise<Map<string, { version: number; hash: string }>> {
  const found = new Map<string, { version: number; hash: string }>();
  if (pairs.length === 0) return found;
  const rows = await query<{ stream_id: string; stream_version: string; hash: string }>(
    `SELECT e.stream_id, e.stream_version, e.hash
       FROM unnest($1::text[], $2::bigint[]) AS w(stream_id, stream_version)
       JOIN es_events e USING (stream_id, stream_version)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  for (const r of rows)
    found.set(`${r.stream_id}#${r.stream_version}`, { version: Number(r.stream_version), hash: r.hash });
  return found;
}
