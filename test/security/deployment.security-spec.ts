import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { CREDENTIALS_FILE, EmbeddedCredentials, StartupError } from '@app/database';
import { demoUnitId } from '@app/demo';
import { loadAppConfig } from '../../apps/api/src/app-config';
import { ApiFixture, gql, login, Session, startApi } from '../support/api-fixture';
import { SERVER_URL_ENV } from '../support/test-server';

/**
 * What a deployment gets without asking: no demo county and no generated key in production, passwords of the
 * embedded database that nobody can read from the source, bad input refused before it reaches PostgreSQL, the
 * headers an assessor looks for, and sockets that cannot be held open by trickling a request.
 */
let api: ApiFixture;
let centre: Session;

beforeAll(async () => {
  api = await startApi({
    label: 'deploysec',
    production: true,
    http: { headersTimeoutMs: 1500, requestTimeoutMs: 3000, bodyLimitKb: 64, trustProxy: [] },
  });
  centre = await login(api.url, 'zhouming');
});
afterAll(() => api.close());

const startupError = (f: () => unknown): StartupError => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).not.toContain('\n');
    return err as StartupError;
  }
  throw new Error('expected a start-up refusal');
};

describe('production settings', () => {
  const KEY = 'k'.repeat(40);

  it('never seeds the demo county, and says why when asked to', () => {
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: KEY }).seedDemo).toBe(false);
    expect(loadAppConfig({}).seedDemo).toBe(true);
    const err = startupError(() =>
      loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: KEY, SEED_DEMO: 'true' }),
    );
    expect(err.message).toContain('SEED_DEMO');
    expect(err.message).toContain('演示县');
  });

  it('requires a signing key of its own: JWT_SECRET, or a file only the server may read', () => {
    expect(startupError(() => loadAppConfig({ NODE_ENV: 'production' })).message).toContain('JWT_SECRET');
    const dir = mkdtempSync(join(tmpdir(), 'yuqing-key-'));
    try {
      const file = join(dir, 'jwt.key');
      writeFileSync(file, `${KEY}\n`);
      chmodSync(file, 0o644);
      expect(
        startupError(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET_FILE: file })).message,
      ).toContain('chmod 600');
      chmodSync(file, 0o600);
      expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET_FILE: file }).jwtSecret).toBe(KEY);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the embedded PostgreSQL', () => {
  // The suite's own server (test/support/test-server.ts): `npm run test:security` runs on the embedded PostgreSQL.
  it('has random passwords of its own, kept in its data folder for its owner only', async () => {
    const url = new URL(process.env[SERVER_URL_ENV]!);
    const superuser = new Client({ connectionString: url.toString() });
    await superuser.connect();
    let dataDir: string;
    try {
      dataDir = (await superuser.query<{ d: string }>(`SELECT current_setting('data_directory') AS d`))
        .rows[0].d;
    } finally {
      await superuser.end();
    }
    const file = join(dataDir, CREDENTIALS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const creds = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedCredentials;
    expect(decodeURIComponent(url.password)).toBe(creds.superuserPassword);
    expect(creds.superuserPassword).toHaveLength(32);
    expect(creds.appPassword).not.toBe(creds.superuserPassword);
    // The constant that every copy of the source used to share opens nothing.
    url.password = 'yuqing-embedded';
    const legacy = new Client({ connectionString: url.toString() });
    legacy.on('error', () => undefined);
    await expect(legacy.connect()).rejects.toThrow(/password/);
  });
});

describe('bad input is a coded error naming the field, and changes nothing', () => {
  const REPORT = `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`;
  const input = (over: Record<string, unknown>) => ({
    channel: 'MONITORING',
    platform: 'WEIBO',
    title: '正常标题',
    urls: ['https://weibo.example/p/1'],
    discoveredAt: '2026-12-01T08:00:00+08:00',
    ...over,
  });
  const count = async () =>
    (
      await gql<{ incidents: { totalCount: number } }>(
        api.url,
        `{ incidents { totalCount } }`,
        {},
        {
          token: centre.token,
        },
      )
    ).data!.incidents.totalCount;

  it.each([
    ['a NUL character', { title: '标题\u0000注入' }, 'input.title'],
    ['a lone surrogate', { title: '标题\ud800' }, 'input.title'],
    ['an over-long text', { excerpt: '长'.repeat(20_001) }, 'input.excerpt'],
    ['a NUL in a list', { urls: ['https://weibo.example/\u0000'] }, 'input.urls[0]'],
    ['an impossible date', { discoveredAt: '2026-02-30T08:00:00+08:00' }, 'discoveredAt'],
    ['a date without a time zone', { discoveredAt: '2026-12-01T08:00:00' }, 'discoveredAt'],
  ])('%s', async (_, over, field) => {
    const before = await count();
    const res = await gql(api.url, REPORT, { i: input(over) }, { token: centre.token });
    expect(res.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res.errors![0].extensions.fields)).toContain(field);
    expect(res.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await count()).toBe(before);
  });

  it('a cursor that this server did not make', async () => {
    const forged = [
      'not-base64-json',
      Buffer.from(JSON.stringify(['2026-02-30T00:00:00Z', demoUnitId('donghu')])).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-12-01T00:00:00Z', "x' OR 1=1"])).toString('base64url'),
      Buffer.from(JSON.stringify([1, 2])).toString('base64url'),
    ];
    for (const after of forged) {
      const res = await gql(
        api.url,
        `query Q($a: String) { incidents(after: $a) { totalCount } }`,
        { a: after },
        {
          token: centre.token,
        },
      );
      expect(res.errors![0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'INPUT.CURSOR' });
    }
  });

  it('a literal nested 3,000 deep is a 400 with a coded error, not a stack overflow', async () => {
    const res = await gql(
      api.url,
      `{ incidents(first: ${'['.repeat(3000)}1${']'.repeat(3000)}) { totalCount } }`,
    );
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ reason: 'QUERY_LIMIT.DEPTH' });
    expect(JSON.stringify(res)).not.toMatch(/stack|RangeError/i);
  });

  it('a syntax error or a too-long document is a 400, not a 500', async () => {
    const syntax = await gql(api.url, `{ incidents { totalCount }`);
    expect(syntax.status).toBe(400);
    expect(syntax.errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const long = await gql(api.url, `{ ${Array.from({ length: 2500 }, () => '__typename').join(' ')} }`);
    expect(long.status).toBe(400);
    expect(long.errors![0].extensions.reason).toBe('QUERY_LIMIT.TOKENS');
  });

  it('automatic persisted queries are off: a hash alone is a coded refusal', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        extensions: {
          persistedQuery: {
            version: 1,
            sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38',
          },
        },
      }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('HTTP', () => {
  it('sends the security headers on the API and on errors, and no x-powered-by', async () => {
    for (const res of [
      await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(`${api.server.url}/healthz`),
    ]) {
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('answers an oversized or malformed body as a coded GraphQL error in Chinese', async () => {
    const big = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(70 * 1024) } }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({
      errors: [
        {
          message: expect.stringContaining('请求内容过大'),
          extensions: { code: 'BAD_REQUEST', reason: 'REQUEST.TOO_LARGE' },
        },
      ],
    });
    const broken = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', reason: 'REQUEST.NOT_JSON' } }],
    });
  });

  it('drops a client that trickles its request (slowloris, slow body) instead of holding it', async () => {
    const { port, hostname } = new URL(api.server.url);
    const trickle = (first: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(Number(port), hostname, () => socket.write(first));
        let answer = '';
        const drip = setInterval(() => socket.write('X-Drip: 1\r\n'), 500);
        socket.on('data', (d: Buffer) => (answer += d.toString()));
        socket.on('close', () => {
          clearInterval(drip);
          resolve(answer);
        });
        socket.on('error', () => undefined);
      });
    const [headers, body] = await Promise.all([
      trickle('POST /graphql HTTP/1.1\r\nHost: x\r\n'),
      trickle(
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      ),
    ]);
    expect(headers).toMatch(/^HTTP\/1\.1 408/);
    expect(body).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('the event log', () => {
  it('is out of reach of a transaction in a caller’s scope, even with no filter at all', async () => {
    const app = new Client({ connectionString: api.db.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(
        `SELECT set_config('app.scope', 'county', true), set_config('app.county', 'qingshui', true)`,
      );
      for (const table of ['es_events', 'es_streams', 'es_idempotency_keys', 'es_log_checkpoints'])
        expect((await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n).toBe(0);
      await expect(
        app.query(`INSERT INTO es_streams VALUES ('forged', 'X', 'u', 1, 'h', now(), now())`),
      ).rejects.toMatchObject({ code: '42501' });
      await app.query('ROLLBACK');
      // The store's own connections still read it.
      expect(
        (await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM es_events`)).rows[0].n,
      ).toBeGreaterThan(0);
    } finally {
      await app.end();
    }
  });
});
