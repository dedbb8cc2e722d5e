import { ApiFixture, gql, login, Session, startApi } from './support/api-fixture';

/** The API's own armour with NODE_ENV=production: each attack is refused with a clear error. */
let api: ApiFixture;
let dev: ApiFixture;
let session: Session;

beforeAll(async () => {
  [api, dev] = await Promise.all([
    startApi({ label: 'armour', production: true }),
    startApi({ label: 'armourdev', seed: false }),
  ]);
  session = await login(api.url, 'wujing');
});
afterAll(async () => {
  await Promise.all([api.close(), dev.close()]);
});

const first = (r: { errors?: { message: string; extensions: Record<string, unknown> }[] }) => r.errors?.[0];

describe('production armour', () => {
  it('refuses introspection (development allows it)', async () => {
    const q = `{ __schema { types { name } } }`;
    const prod = await gql(api.url, q, {}, { token: session.token });
    expect(prod.data).toBeUndefined();
    expect(first(prod)!.message).toMatch(/introspection/i);
    expect((await gql<{ __schema: unknown }>(dev.url, q)).data?.__schema).toBeTruthy();
  });

  it('gives no "did you mean" hints', async () => {
    const res = await gql(api.url, `{ incidnts { totalCount } }`, {}, { token: session.token });
    expect(first(res)!.message).not.toMatch(/did you mean/i);
    expect(first(res)!.message).toMatch(/incidnts/);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('refuses queries too deep, with too many aliases, too costly or too long — without telling the limits', async () => {
    let deep = 'name';
    for (let i = 0; i < 12; i++) deep = `parent { ${deep} }`;
    const depth = await gql(api.url, `{ units { ${deep} } }`, {}, { token: session.token });
    expect(first(depth)!.extensions.reason).toBe('QUERY_LIMIT.DEPTH');

    const aliases = await gql(
      api.url,
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
      {},
      { token: session.token },
    );
    expect(first(aliases)!.extensions.reason).toBe('QUERY_LIMIT.ALIASES');

    const page = `incidents(first: 100) { edges { node { id title excerpt urls status grade spread { posts reposts } assessment { reasoning indicators } } } }`;
    const wide = Array.from({ length: 12 }, (_, i) => `a${i}: ${page}`).join(' ');
    const cost = await gql(api.url, `{ ${wide} }`, {}, { token: session.token });
    expect(first(cost)!.extensions.reason).toBe('QUERY_LIMIT.COST');

    const tokens = await gql(
      api.url,
      `{ ${Array.from({ length: 2500 }, () => `__typename`).join(' ')} }`,
      {},
      { token: session.token },
    );
    expect(first(tokens)!.extensions.reason).toBe('QUERY_LIMIT.TOKENS');

    for (const r of [depth, aliases, cost, tokens]) {
      expect(r.data).toBeUndefined();
      expect(first(r)!.message).not.toMatch(/\d/);
      expect(JSON.stringify(first(r)!.extensions)).not.toMatch(/\d/);
    }
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('shows no stack trace in errors', async () => {
    const res = await gql(api.url, `query { incident(id: "nope") { id } }`, {}, { token: session.token });
    expect(first(res)!.extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at Object\.|\.ts:\d+/);
  });
});
