import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, demoUnitId } from '@app/demo';
import { ApiProcess } from './api-process';

export interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; retryable?: boolean } & Record<string, unknown>;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

/** An acknowledged write: its answer carried data and no error. */
export interface Ack {
  mutation: string;
  /** The Idempotency-Key header it was sent with (every retry sends the same one). */
  key: string;
  username: string;
  /** The id in the answer, when the mutation answers with one. */
  id?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A client of several API processes, as a county office's browsers behind a balancer are: each request goes to the
 * next process; a write carries an Idempotency-Key and is sent again with the same key — to the next process —
 * until it is answered, as the console does when an answer is lost. Notes every answer that was not one.
 */
export class FaultClient {
  readonly acks: Ack[] = [];
  /** Error answers and lost answers, by what they said. */
  readonly refusals = new Map<string, number>();
  /** Error answers that did not say they may be retried (code, reason, message). */
  readonly notRetryable: string[] = [];
  requests = 0;
  private next = 0;
  private readonly tokens = new Map<string, string>();

  /** @param processes where to send requests: API processes, or one balancer in front of them */
  constructor(private readonly processes: Pick<ApiProcess, 'url'>[]) {}

  async login(username: string): Promise<void> {
    const data = await this.retrying<{ login: { accessToken: string } }>(
      null,
      `mutation L($i: LoginInput!) { login(input: $i) { accessToken } }`,
      { i: { username, password: DEMO_PASSWORD } },
      undefined,
    );
    this.tokens.set(username, data.login.accessToken);
  }

  /** The access token `login` got for a user (for a WebSocket of its own). */
  token(username: string): string {
    const t = this.tokens.get(username);
    if (!t) throw new Error(`${username} has not logged in`);
    return t;
  }

  /** One request to one process, as it went: an answer, or null when none came (connection refused, reset). */
  async send<T>(
    via: Pick<ApiProcess, 'url'>,
    username: string | null,
    query: string,
    variables: Record<string, unknown>,
    key?: string,
  ): Promise<Answer<T> | null> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = username ? this.tokens.get(username) : undefined;
    if (token) headers.authorization = `Bearer ${token}`;
    if (key) headers['idempotency-key'] = key;
    this.requests++;
    try {
      const res = await fetch(via.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      try {
        return { status: res.status, ...(JSON.parse(text) as Omit<Answer<T>, 'status'>) };
      } catch {
        return { status: res.status, errors: [{ message: text.slice(0, 200) }] };
      }
    } catch {
      return null;
    }
  }

  /** A query or a keyed write, sent again (same key, next process) until answered with data; gives up after 90 s. */
  async retrying<T>(
    username: string | null,
    query: string,
    variables: Record<string, unknown>,
    key: string | undefined,
  ): Promise<T> {
    const deadline = Date.now() + 90_000;
    for (let attempt = 0; ; attempt++) {
      const via = this.processes[this.next++ % this.processes.length];
      const answer = await this.send<T>(via, username, query, variables, key);
      if (answer && !answer.errors && answer.data) return answer.data;
      this.note(answer);
      if (Date.now() > deadline)
        throw new Error(
          `no answer for ${query.slice(0, 60)} after ${attempt + 1} attempts; the last: ${JSON.stringify(answer)}`,
        );
      await sleep(Math.min(100 * (attempt + 1), 1000));
    }
  }

  /** `name(input: $i) { select }` with a fresh key, sent until acknowledged; the acknowledgement is recorded. */
  async write<T extends { id?: string }>(
    username: string,
    name: string,
    input: Record<string, unknown>,
    select = 'id',
  ): Promise<T> {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const key = randomUUID();
    const data = await this.retrying<Record<string, T>>(
      username,
      `mutation M($i: ${type}!) { ${name}(input: $i) { ${select} } }`,
      { i: input },
      key,
    );
    this.acks.push({ mutation: name, key, username, id: data[name].id });
    return data[name];
  }

  private note(answer: Answer<unknown> | null): void {
    const label = !answer
      ? 'no answer (connection failed)'
      : (answer.errors ?? [{ message: `HTTP ${answer.status} without data` }])
          .map((e) => `${answer.status} ${e.extensions?.code ?? '-'} ${e.extensions?.reason ?? ''}`.trim())
          .join(', ');
    this.refusals.set(label, (this.refusals.get(label) ?? 0) + 1);
    for (const e of answer?.errors ?? []) {
      if (e.extensions?.retryable !== true)
        this.notRetryable.push(`${e.extensions?.code ?? '-'} ${e.extensions?.reason ?? ''} ${e.message}`);
    }
  }
}

const TOWNSHIPS = [
  { unit: 'donghu', user: 'lina' },
  { unit: 'xishan', user: 'gaoyang' },
];

/**
 * The county's ordinary work, over and over, until `stop()`: the centre registers, assesses and lists an
 * incident, dispatches it to a township which signs for it, and sends a risk letter to three units, who sign for it.
 * Every step waits for the one before it to be acknowledged.
 */
export function runLoad(client: FaultClient, workers: number, tag: string) {
  let stopping = false;
  const incidents: string[] = [];
  const tasks: { id: string; unit: string }[] = [];
  const failures: string[] = [];
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let round = 0; !stopping; round++) {
      const t = TOWNSHIPS[(w + round) % TOWNSHIPS.length];
      try {
        const incident = await client.write('zhouming', 'reportIncident', {
          channel: 'MONITORING',
          platform: 'WEIBO',
          title: `${tag} 负载 ${w}-${round}`,
          urls: ['https://weibo.example/p/1'],
          discoveredAt: new Date().toISOString(),
        });
        incidents.push(incident.id!);
        await client.write(
          'zhouming',
          'assessIncident',
          {
            incidentId: incident.id,
            nature: 'INQUIRY_APPEAL',
            veracity: 'UNVERIFIED',
            field: 'OTHER',
            grade: 'III',
            reasoning: '研判',
          },
          'id',
        );
        await client.write('zhouming', 'listIncident', { incidentId: incident.id, requirements: '核实' });
        const task = await client.write('zhouming', 'dispatchTask', {
          incidentId: incident.id,
          unitId: demoUnitId(t.unit),
          role: 'LEAD',
          requirements: '核实并反馈',
        });
        tasks.push({ id: task.id!, unit: t.unit });
        await client.write(t.user, 'signTask', { taskId: task.id });
        const recipients = ['donghu', 'xishan', 'land-bureau'];
        const letter = await client.write('zhouming', 'sendRiskLetter', {
          incidentId: incident.id,
          recipientUnitIds: (round % 2 ? recipients.reverse() : recipients).map(demoUnitId),
          title: '风险提示函',
          risk: '可能扩散',
          level: 'III',
          scope: '全县',
          watchPoints: '二次传播',
          requestedMeasures: '核查',
        });
        for (const signer of ['lina', 'gaoyang', 'linfang']) {
          const key = randomUUID();
          await client.retrying(
            signer,
            `mutation S($id: ID!) { signRiskLetter(letterId: $id) { id } }`,
            { id: letter.id },
            key,
          );
          client.acks.push({ mutation: 'signRiskLetter', key, username: signer, id: letter.id });
        }
      } catch (err) {
        failures.push((err as Error).message);
      }
    }
  });
  return {
    incidents,
    tasks,
    failures,
    stop: async () => {
      stopping = true;
      await Promise.all(loops);
    },
  };
}
