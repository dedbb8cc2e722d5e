import { Client, Pool } from 'pg';
import { DataScope } from '@app/access';
import { demoUnitId } from '@app/demo';
import { ApiFixture, gql, login, startApi } from './support/api-fixture';

/**
 * Defence in depth: whatever the SQL says, the database returns only rows inside the transaction's scope, the
 * scope dies with the transaction, and the application's role cannot get around it.
 */
let api: ApiFixture;
let owner: Client;
let app: Pool;

const REPORT = `mutation R($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }`;

async function asScope<T>(pool: Pool, scope: DataScope, sql: string): Promise<T[]> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(
      `SELECT set_config('app.scope', $1, true), set_config('app.county', $2, true), set_config('app.unit', $3, true)`,
      [scope.scope, scope.countyId, scope.unitId],
    );
    const { rows } = await c.query(sql);
    await c.query('COMMIT');
    return rows as T[];
  } finally {
    c.release();
  }
}

const donghu: DataScope = { scope: 'unit', countyId: 'qingshui', unitId: demoUnitId('donghu') };
const xishan: DataScope = { scope: 'unit', countyId: 'qingshui', unitId: demoUnitId('xishan') };

beforeAll(async () => {
  api = await startApi({ label: 'rls' });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  app = new Pool({ connectionString: api.db.appUrl, max: 1 });
  const lina = await login(api.url, 'lina');
  const gao = await login(api.url, 'gaoyang');
  const input = (title: string) => ({
    i: { channel: 'UNIT_REPORT', platform: 'WECHAT', title, discoveredAt: new Date().toISOString() },
  });
  await gql(api.url, REPORT, input('东湖镇的事'), { token: lina.token });
  await gql(api.url, REPORT, input('西山镇的事'), { token: gao.token });
});
afterAll(async () => {
  await app.end();
  await owner.end();
  await api.close();
});

describe('row-level security', () => {
  it("a query with no WHERE run as township A returns none of township B's rows", async () => {
    const asDonghu = await asScope<{ title: string }>(app, donghu, `SELECT title FROM incident_view`);
    expect(asDonghu.map((r) => r.title)).toEqual(['东湖镇的事']);
    const asXishan = await asScope<{ title: string }>(app, xishan, `SELECT title FROM incident_view`);
    expect(asXishan.map((r) => r.title)).toEqual(['西山镇的事']);
    const users = await asScope<{ unit_id: string }>(app, donghu, `SELECT unit_id FROM user_view`);
    expect(new Set(users.map((u) => u.unit_id))).toEqual(new Set([demoUnitId('donghu')]));
    // Secrets are visible in no tenant scope at all.
    expect(await asScope(app, donghu, `SELECT * FROM user_credentials`)).toEqual([]);
    expect(
      await asScope(
        app,
        { scope: 'county', countyId: 'qingshui', unitId: demoUnitId('center') },
        `SELECT * FROM refresh_tokens`,
      ),
    ).toEqual([]);
  });

  it('the county scope sees the county and nothing of another county', async () => {
    const county = await asScope<{ title: string }>(
      app,
      { scope: 'county', countyId: 'qingshui', unitId: demoUnitId('center') },
      `SELECT title FROM incident_view`,
    );
    expect(county.map((r) => r.title).sort()).toEqual(['东湖镇的事', '西山镇的事']);
    expect(
      await asScope(
        app,
        { scope: 'county', countyId: 'elsewhere', unitId: 'x' },
        `SELECT * FROM incident_view`,
      ),
    ).toEqual([]);
    expect(
      await asScope(app, { scope: 'county', countyId: 'elsewhere', unitId: 'x' }, `SELECT * FROM unit_view`),
    ).toEqual([]);
  });

  it("a pooled connection reused after unit A's transaction carries nothing of A", async () => {
    // The pool has one connection: this is the very connection that just served Donghu.
    expect((await asScope(app, donghu, `SELECT 1 FROM incident_view`)).length).toBe(1);
    const after = await app.query<{ unit: string | null; n: string }>(
      `SELECT current_setting('app.unit', true) AS unit, (SELECT count(*) FROM incident_view) AS n`,
    );
    expect(after.rows[0].n).toBe('0');
    expect(after.rows[0].unit ?? '').toBe('');
    // A plain write outside any scope is refused too.
    await expect(app.query(`UPDATE incident_view SET title = 'x'`)).resolves.toMatchObject({ rowCount: 0 });
    await expect(
      app.query(
        `INSERT INTO unit_view (unit_id, kind, name, active, version, created_at, updated_at) VALUES ('u', 'TOWNSHIP', 'x', true, 1, now(), now())`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("the application's role cannot switch row security off", async () => {
    await expect(app.query(`ALTER TABLE incident_view DISABLE ROW LEVEL SECURITY`)).rejects.toMatchObject({
      code: '42501',
    });
    await expect(app.query(`SET ROLE postgres`)).rejects.toBeTruthy();
    await expect(app.query(`SET row_security = off; SELECT * FROM incident_view`)).rejects.toBeTruthy();
  });
});

describe('the catalogue', () => {
  it('the application role is no superuser, has no BYPASSRLS and owns no table', async () => {
    const role = await owner.query<{
      rolsuper: boolean;
      rolbypassrls: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
    }>(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = 'yuqing_app'`,
    );
    expect(role.rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
    const owned = await owner.query(
      `SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = 'yuqing_app')`,
    );
    expect(owned.rows).toEqual([]);
  });

  it('every tenant table (one with a county) has row security enabled and forced', async () => {
    const { rows } = await owner.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'county_id' AND NOT a.attisdropped)
        ORDER BY c.relname`,
    );
    expect(rows.map((r) => r.relname)).toEqual(
      expect.arrayContaining([
        'county_view',
        'incident_view',
        'login_attempts',
        'refresh_tokens',
        'unit_view',
        'user_credentials',
        'user_view',
      ]),
    );
    for (const r of rows)
      expect(r).toEqual({ relname: r.relname, relrowsecurity: true, relforcerowsecurity: true });
  });
});
