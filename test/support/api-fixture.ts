import { Clock } from '@app/kernel';
import { RunningServer, startApiServer } from '../../apps/api/src/api-server';
import { createTestDatabase, TestDatabase } from './test-server';

export interface ApiFixture {
  server: RunningServer;
  db: TestDatabase;
  url: string;
  close(): Promise<void>;
}

/** A real API server on a free port, over its own migrated database. */
export async function startApi(
  options: { clock?: Clock; label?: string; production?: boolean } = {},
): Promise<ApiFixture> {
  const db = await createTestDatabase(options.label ?? 'api');
  const server = await startApiServer({
    urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
    config: { port: 0, host: '127.0.0.1', production: options.production ?? false, sealIntervalMs: 0 },
    clock: options.clock,
  });
  return {
    server,
    db,
    url: `${server.url}/graphql`,
    close: async () => {
      await server.close();
      await db.drop();
    },
  };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> & { code: string } }[];
}

export interface Caller {
  unitId: string;
  userId: string;
}

/** A GraphQL call over HTTP as a given caller (temporary development headers until login lands). */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { as?: Caller; headers?: Record<string, string> } = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.headers ?? {}) };
  if (options.as) {
    headers['x-dev-unit'] = options.as.unitId;
    headers['x-dev-user'] = options.as.userId;
  }
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}
