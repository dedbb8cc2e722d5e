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

/** The witness cannot be read as a list of heads (a line that is not a head): it was damaged or edited. */
export class WitnessCorrupt extends Error {}

/** The witness holds two different checkpoints under one seq: a witnessed checkpoint was replaced and re-sealed. */
export class WitnessConflict extends Error {
  constructor(readonly seq: number) {
    super(`the witness holds two different hashes for checkpoint #${seq}`);
  }
}

const isHead = (h: unknown): h is WitnessedHead => {
  const x = h as WitnessedHead | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    Number.isInteger(x.seq) &&
    x.seq >= 1 &&
    typeof x.to === 'string' &&
    typeof x.hash === 'string' &&
    typeof x.sealedAt === 'string' &&
    typeof x.signature === 'string'
  );
};

/** Reads JSON-lines heads: a last line without its newline is a write cut short, not yet witnessed. */
export function parseWitness(text: string): WitnessedHead[] {
  const lines = text.split('\n');
  lines.pop();
  const bySeq = new Map<number, WitnessedHead>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let head: unknown;
    try {
      head = JSON.parse(line);
    } catch {
      // A write cut short by a crash (the next write starts a fresh line): it witnessed nothing. Deleting lines is
      // open to whoever can write this file anyway; the witness must live where the database's operators cannot.
      return;
    }
    if (!isHead(head)) throw new WitnessCorrupt(`line ${i + 1} is not a checkpoint head`);
    const seen = bySeq.get(head.seq);
    if (seen && seen.hash !== head.hash) throw new WitnessConflict(head.seq);
    bySeq.set(head.seq, head);
  });
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
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
    const handle = await open(this.file, 'a+', 0o644);
    try {
      // After a write cut short by a crash, start on a fresh line so the torn one stays alone.
      const { size } = await handle.stat();
      let lead = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) lead = '\n';
      }
      await handle.write(lead + heads.map((h) => `${JSON.stringify(h)}\n`).join(''));
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
    return parseWitness(text);
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
