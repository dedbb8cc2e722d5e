import { Agent, request } from 'node:http';
import { Client } from 'pg';

/**
 * The one HTTP client of `npm run bench:api`: plain node:http over a keep-alive agent, so that the API and the
 * baseline are driven exactly the same way (one connection per worker, reused, no connection set-up in the timings).
 */
export class GraphqlHttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });

  /** `timeoutMs`: a request without an answer for that long fails (a stuck server aborts the bench, never hangs it). */
  constructor(private readonly timeoutMs: number) {}

  /** Posts one GraphQL operation; resolves with `data`, or rejects naming the operation on any error. */
  async call<T>(
    url: string,
    name: string,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    let answer: { status: number; body: string };
    try {
      answer = await this.post(url, JSON.stringify({ query, variables }), headers);
    } catch (err) {
      throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const { status, body } = answer;
    let parsed: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      throw new Error(`${name}: HTTP ${status}, not JSON: ${body.slice(0, 300)}`);
    }
    if (parsed.errors?.length) {
      const first = parsed.errors[0];
      throw new Error(
        `${name} failed (HTTP ${status}): ${first.extensions?.code ?? 'ERROR'} ${first.message}` +
          (parsed.errors.length > 1 ? ` (+${parsed.errors.length - 1} more errors)` : ''),
      );
    }
    if (status !== 200 || !parsed.data) throw new Error(`${name}: HTTP ${status} without data: ${body}`);
    return parsed.data;
  }

  close(): void {
    this.agent.destroy();
  }

  private post(
    url: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(this.timeoutMs, () =>
        req.destroy(new Error(`no answer within ${this.timeoutMs} ms (BENCH_API_TIMEOUT_MS)`)),
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}

/** Nearest-rank percentile of already sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LevelRun {
  concurrency: number;
  seconds: number;
  /** Completed iterations (round trips, or single mutations for the baseline). */
  iterations: number;
  /** Latency samples in ms by mutation name, sorted ascending. */
  samples: Map<string, number[]>;
}

/** A latency recorder handed to an iteration: `time('signTask', () => …)`. */
export type Timer = <T>(name: string, op: () => Promise<T>) => Promise<T>;

/**
 * Runs `iteration` with `concurrency` workers for about `ms` milliseconds, after one untimed iteration per worker.
 * The first failure stops every worker after its current step and is thrown once all have stopped: a failed
 * mutation is never counted.
 */
export async function runLevel(
  concurrency: number,
  ms: number,
  iteration: (worker: number, time: Timer) => Promise<void>,
  onTimingStarts?: () => void,
): Promise<LevelRun> {
  const untimed: Timer = (_name, op) => op();
  await settleAll(Array.from({ length: concurrency }, (_, w) => iteration(w, untimed)));

  const samples = new Map<string, number[]>();
  const time: Timer = async (name, op) => {
    const started = performance.now();
    const result = await op();
    const elapsed = performance.now() - started;
    let list = samples.get(name);
    if (!list) samples.set(name, (list = []));
    list.push(elapsed);
    return result;
  };
  let iterations = 0;
  let stop = false;
  onTimingStarts?.();
  const deadline = Date.now() + ms;
  const started = performance.now();
  await settleAll(
    Array.from({ length: concurrency }, async (_, w) => {
      try {
        while (!stop && Date.now() < deadline) {
          await iteration(w, time);
          iterations++;
        }
      } catch (err) {
        stop = true;
        throw err;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const list of samples.values()) list.sort((a, b) => a - b);
  return { concurrency, seconds, iterations, samples };
}

/** Like Promise.all, but waits for every promise to settle before throwing the first error. */
async function settleAll(promises: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export interface SqlCounts {
  statements: number;
  commits: number;
  /** With `byText`: statements by their first words (numbers and quoted strings blanked). */
  byText?: Map<string, number>;
}

/**
 * Counts the SQL statements every pg client of this process sends (the API's pools, TypeORM's, the baseline's):
 * the API runs in this process, so this says how many statements, and how many explicit COMMITs, one mutation
 * costs. Diagnostic only; the figures it reads are plain counters.
 */
export function countSqlStatements(byText = false): () => SqlCounts {
  const counts: SqlCounts = { statements: 0, commits: 0 };
  const texts = new Map<string, number>();
  const proto = Client.prototype as object;
  const query = Reflect.get(proto, 'query') as (...args: unknown[]) => unknown;
  Reflect.set(proto, 'query', function (this: Client, ...args: unknown[]): unknown {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: unknown } | null)?.text ?? '');
    counts.statements++;
    if (typeof text === 'string' && /^\s*commit\b/i.test(text)) counts.commits++;
    if (byText && typeof text === 'string') {
      const key = text
        .replace(/\s+/g, ' ')
        .replace(/'[^']*'/g, "'…'")
        .trim()
        .slice(0, 90);
      texts.set(key, (texts.get(key) ?? 0) + 1);
    }
    return Reflect.apply(query, this, args);
  });
  return () => ({ ...counts, byText: byText ? new Map(texts) : undefined });
}
