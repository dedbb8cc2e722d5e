import { DEMO_PASSWORD, DemoSeeder } from '@app/demo';
import { AuthOptions } from '@app/identity';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  FileCheckpointWitness,
  HashAlgorithm,
  IndependentWitness,
  LogIntegrity,
  LogSigningKey,
} from '@app/event-store';
import { WitnessPeer } from '@app/witness';
import { EvidenceSettings, loadEvidenceSettings } from '@app/evidence';
import { Clock } from '@app/kernel';
import { DEFAULT_NOTIFY_OPTIONS, NotifyOptions } from '@app/notifications';
import { HttpLimits } from '../../apps/api/src/app-config';
import { RunningServer, startApiServer } from '../../apps/api/src/api-server';
import { createTestDatabase, TestDatabase } from './test-server';

export interface ApiFixture {
  server: RunningServer;
  db: TestDatabase;
  url: string;
  /** This server's own signing key and witness file (a temporary folder). */
  integrity: LogIntegrity & { witnessFile: string };
  /** This server's evidence storage (a folder of its own unless given). */
  evidence: EvidenceSettings;
  close(): Promise<void>;
}

/** A real API server on a free port, over its own migrated database; with `seed`, the demo county in it. */
export async function startApi(
  options: {
    clock?: Clock;
    label?: string;
    production?: boolean;
    seed?: boolean;
    auth?: Partial<AuthOptions>;
    hashAlgorithm?: HashAlgorithm;
    sealIntervalMs?: number;
    /** An existing database to serve (kept on close); otherwise a fresh one, dropped on close. */
    database?: TestDatabase;
    /** Run due timers on their own every so many ms (default: never; tests call TimerService.fireDue). */
    timerTickMs?: number;
    /** This deployment's audit key (default: a new one). */
    signingKey?: LogSigningKey;
    /** Another deployment that countersigns this one's checkpoints. */
    independentWitness?: IndependentWitness;
    /** Deployments whose checkpoints this one countersigns. */
    witnessPeers?: WitnessPeer[];
    /** HTTP limits (default: the server's). */
    http?: HttpLimits;
    /** How often an idle socket's session is checked again (default: the server's, 60 s). */
    socketRecheckMs?: number;
    /** A built web console to serve at `/` (none by default). */
    consoleDir?: string;
    /** Evidence storage (default: the local disk, in a folder of this server's own). */
    evidence?: EvidenceSettings;
    /** External notifications; by default no SMTP server, no tick (tests call deliverDue), no retry delay. */
    notify?: Partial<NotifyOptions>;
  } = {},
): Promise<ApiFixture> {
  const db = options.database ?? (await createTestDatabase(options.label ?? 'api'));
  const auditDir = mkdtempSync(join(tmpdir(), 'yuqing-audit-'));
  const witnessFile = join(auditDir, 'witness.jsonl');
  const evidence = options.evidence ?? loadEvidenceSettings({ EVIDENCE_DIR: join(auditDir, 'evidence') });
  const integrity = {
    hashAlgorithm: options.hashAlgorithm ?? 'sha256',
    signingKey: options.signingKey ?? LogSigningKey.generate(),
    witness: new FileCheckpointWitness(witnessFile),
    independentWitness: options.independentWitness,
    witnessFile,
  };
  const server = await startApiServer({
    urls: { appUrl: db.appUrl, ownerUrl: db.ownerUrl },
    config: {
      port: 0,
      host: '127.0.0.1',
      production: options.production ?? false,
      sealIntervalMs: options.sealIntervalMs ?? 0,
      timerTickMs: options.timerTickMs ?? 0,
      seedDemo: false,
      socketRecheckMs: options.socketRecheckMs,
      http: options.http,
      witnessPeers: options.witnessPeers,
      notify: {
        ...DEFAULT_NOTIFY_OPTIONS,
        tickMs: 0,
        retryDelaySeconds: 0,
        production: options.production ?? false,
        ...(options.notify ?? {}),
      },
    },
    integrity,
    evidence,
    clock: options.clock,
    auth: options.auth,
    logLevels: [],
    consoleDir: options.consoleDir,
  });
  if (options.seed ?? true) await server.app.get(DemoSeeder).seed();
  return {
    server,
    db,
    url: `${server.url}/graphql`,
    integrity,
    evidence,
    close: async () => {
      await server.close();
      if (!options.database) await db.drop();
      rmSync(auditDir, { recursive: true, force: true });
    },
  };
}

export interface GqlError {
  message: string;
  path?: string[];
  extensions: Record<string, unknown> & { code: string };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

/** A GraphQL call over HTTP, with a bearer token when one is given. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GqlResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt requiresTotpEnrollment
    me { id username displayName roles countyId mustEnrollTotp unit { id kind name } } }
}`;

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
  unitId: string;
}

/** Signs in through the API, as a person would. */
export async function login(
  url: string,
  username: string,
  password = DEMO_PASSWORD,
  totpCode?: string,
): Promise<Session> {
  const res = await gql<{
    login: { accessToken: string; refreshToken: string; me: { id: string; unit: { id: string } } };
  }>(url, LOGIN, {
    input: { username, password, totpCode },
  });
  if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
  const l = res.data.login;
  return { token: l.accessToken, refreshToken: l.refreshToken, userId: l.me.id, unitId: l.me.unit.id };
}
