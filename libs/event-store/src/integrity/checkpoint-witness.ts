import { mkdirSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A checkpoint's head as a witness keeps it: enough to notice the checkpoint vanished or was replaced. */
export interface WitnessedHead {
  seq: number;
  /** Inclusive end of the checkpoint in log order, `transactionId:position`. */
  to: string;
  eventCount: number;
  hash: string;
  signature: string;
  keyId: string;
  sealedAt: string;
}

/**
 * Somewhere outside the database that keeps every signed checkpoint head. The database can be rewritten by its
 * operator, including the checkpoint table; the witness is what shows that checkpoints (and the tail of the log they
 * sealed) were removed.
 */
export interface CheckpointWitness {
  record(heads: WitnessedHead[]): Promise<void>;
  /** Every head witnessed so far, one per seq, in seq order. */
  read(): Promise<WitnessedHead[]>;
}

/**
 * An append-only JSON-lines file (one head per line, fsync'd). Several processes may append: lines are small single
 * writes to a file opened for append, so they never interleave; a seq recorded twice is kept once.
 */
export class FileCheckpointWitness implements CheckpointWitness {
  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
  }

  async record(heads: WitnessedHead[]): Promise<void> {
    if (heads.length === 0) return;
    const handle = await open(this.file, 'a', 0o644);
    try {
      await handle.write(heads.map((h) => `${JSON.stringify(h)}\n`).join(''));
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  async read(): Promise<WitnessedHead[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const bySeq = new Map<number, WitnessedHead>();
    const lines = text.split('\n');
    // A line without its newline is a write cut short by a crash: not yet witnessed.
    lines.pop();
    for (const line of lines) {
      if (!line.trim()) continue;
      const head = JSON.parse(line) as WitnessedHead;
      const seen = bySeq.get(head.seq);
      if (seen && seen.hash !== head.hash)
        throw new Error(
          `见证文件中第 ${head.seq} 号封存点有两个不同的哈希 / the witness holds two different hashes for checkpoint #${head.seq}`,
        );
      bySeq.set(head.seq, head);
    }
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }
}

/** A witness held in memory: for benchmarks and short-lived servers whose log outlives nothing. */
export class MemoryCheckpointWitness implements CheckpointWitness {
  private readonly heads = new Map<number, WitnessedHead>();

  record(heads: WitnessedHead[]): Promise<void> {
    for (const h of heads) this.heads.set(h.seq, h);
    return Promise.resolve();
  }

  read(): Promise<WitnessedHead[]> {
    return Promise.resolve([...this.heads.values()].sort((a, b) => a.seq - b.seq));
  }
}
