import { readFileSync, Stats, statSync } from 'node:fs';
import { z } from 'zod';
import { describeEnvProblem, Env, StartupError } from '@app/database';
import { isHostPattern, NotifyOptions } from '@app/notifications';
import { readWitnessPeers, WitnessPeer } from '@app/witness';

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  /** How often the global log is sealed into a checkpoint, in ms (0: never). */
  sealIntervalMs: number;
  /** Seed the demo county when the database has none yet. */
  seedDemo: boolean;
  /** Access-token signing key (JWT_SECRET or JWT_SECRET_FILE; required in production). Absent: generated once and
   * kept where only the database owner can read it. */
  jwtSecret?: string;
  /** HTTP limits a balancer would also set (defaults when absent). */
  http?: HttpLimits;
  /** How often this process runs due timers, in ms (0: never on its own; tests fire them). Default 15 s. */
  timerTickMs?: number;
  /** A timer job whose process died is given to another after this many seconds. */
  timerJobExpireSeconds?: number;
  /** How often the job queue is supervised (expired jobs retried), in seconds. */
  jobMaintenanceSeconds?: number;
  /** How often the county centres' duty rosters are checked for gaps, in ms (each is reported once a day). */
  rosterCheckMs?: number;
  /** How often an open WebSocket's session is checked again while no event flows, in ms (0: only per event). */
  socketRecheckMs?: number;
  /** External notifications (e-mail, webhook); defaults when absent. */
  notify?: NotifyOptions;
  /** Deployments whose checkpoints this one countersigns (WITNESS_PEERS_FILE); none when absent. */
  witnessPeers?: WitnessPeer[];
}

export interface HttpLimits {
  /** A client must have sent its request headers within this time (slowloris). */
  headersTimeoutMs: number;
  /** … and its whole request, body included (slow bodies). */
  requestTimeoutMs: number;
  /** Largest request body. */
  bodyLimitKb: number;
  /**
   * The balancers in front whose X-Forwarded-For is believed (addresses, CIDRs, or `loopback`): the client's address
   * — which sign-in attempts are counted by — is then the one they saw, not their own.
   */
  trustProxy: string[];
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 30_000,
  bodyLimitKb: 1024,
  trustProxy: [],
};

const urlWith = (protocols: string[], what: string) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be ${what}`);

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEAL_INTERVAL_MS: z.coerce.number().int().min(0).default(10_000),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_SECRET_FILE: z.string().min(1).optional(),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(15_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  HTTP_BODY_LIMIT_KB: z.coerce.number().int().min(16).max(65_536).default(1024),
  TRUST_PROXY: z
    .string()
    .regex(
      /^[0-9a-fA-F.:/,\s]+$|^(loopback|linklocal|uniquelocal)$/,
      'must be addresses or CIDRs, comma-separated, or loopback',
    )
    .optional(),
  TIMER_TICK_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  TIMER_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  ROSTER_CHECK_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  WITNESS_PEERS_FILE: z.string().min(1).optional(),
  SOCKET_RECHECK_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  SMTP_URL: urlWith(
    ['smtp:', 'smtps:'],
    'an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587',
  ).optional(),
  SMTP_FROM: z
    .string()
    .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'must be an address, e.g. 舆情平台 <noreply@example.gov.cn>')
    .optional(),
  NOTIFY_TICK_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  NOTIFY_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  NOTIFY_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  NOTIFY_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  NOTIFY_LINK_BASE: urlWith(['http:', 'https:'], 'an http(s) URL').optional(),
  NOTIFY_WEBHOOK_HOSTS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean),
    )
    .refine((hosts) => hosts.length > 0 && hosts.every(isHostPattern), {
      message: 'must be host names, *.domain patterns or IP addresses, comma-separated (no scheme or port)',
    })
    .optional(),
});

/**
 * The access-token signing key from JWT_SECRET_FILE: a file only the server's own user may read (a key that others
 * on the machine can read is a key they can sign tokens with).
 */
function secretFromFile(file: string): string {
  let stat: Stats;
  let secret: string;
  try {
    stat = statSync(file);
    secret = readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new StartupError(
      `配置错误 / Bad setting: JWT_SECRET_FILE — 无法读取 ${file}（${(err as Error).message}）/ cannot read ${file}`,
    );
  }
  if ((stat.mode & 0o077) !== 0)
    throw new StartupError(
      `配置错误 / Bad setting: JWT_SECRET_FILE — ${file} 可被其他用户读取，请执行 chmod 600 / ${file} is readable by other users: chmod 600 it`,
    );
  if (secret.length < 32)
    throw new StartupError(
      '配置错误 / Bad setting: JWT_SECRET_FILE — 密钥至少 32 个字符 / the key must be at least 32 characters',
    );
  return secret;
}

function peersFrom(file: string): WitnessPeer[] {
  try {
    return readWitnessPeers(file);
  } catch (err) {
    throw new StartupError(`配置错误 / Bad setting: WITNESS_PEERS_FILE — ${(err as Error).message}`);
  }
}

/** Server settings from the environment; a bad one ends start-up with one line naming it. */
export function loadAppConfig(env: Env = process.env): AppConfig {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) throw new StartupError(describeEnvProblem(parsed.error));
  const e = parsed.data;
  if (e.SMTP_URL && !e.SMTP_FROM)
    throw new StartupError(
      '配置错误 / Bad setting: SMTP_FROM — required with SMTP_URL (the sender of notification e-mail)',
    );
  const production = e.NODE_ENV === 'production';
  // A production server holds real people's accounts: the demo county's known passwords must never be among them.
  if (production && e.SEED_DEMO === 'true')
    throw new StartupError(
      '配置错误 / Bad setting: SEED_DEMO — 生产环境（NODE_ENV=production）不创建演示县，其账号密码是公开的，请去掉 SEED_DEMO / production never seeds the demo county, whose passwords are public: unset SEED_DEMO',
    );
  if (e.JWT_SECRET && e.JWT_SECRET_FILE)
    throw new StartupError(
      '配置错误 / Bad setting: JWT_SECRET_FILE — 与 JWT_SECRET 只能设置一个 / set JWT_SECRET or JWT_SECRET_FILE, not both',
    );
  const jwtSecret = e.JWT_SECRET_FILE ? secretFromFile(e.JWT_SECRET_FILE) : e.JWT_SECRET;
  // Generated keys live with the database owner, which is convenient, not separate enough from the data it guards.
  if (production && !jwtSecret)
    throw new StartupError(
      '配置错误 / Bad setting: JWT_SECRET — 生产环境必须设置 JWT_SECRET 或 JWT_SECRET_FILE（至少 32 个字符的随机密钥）/ production needs JWT_SECRET or JWT_SECRET_FILE (a random key of at least 32 characters)',
    );
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    production,
    sealIntervalMs: parsed.data.SEAL_INTERVAL_MS,
    seedDemo: (e.SEED_DEMO ?? (production ? 'false' : 'true')) === 'true',
    jwtSecret,
    http: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      bodyLimitKb: e.HTTP_BODY_LIMIT_KB,
      trustProxy:
        e.TRUST_PROXY?.split(',')
          .map((a) => a.trim())
          .filter(Boolean) ?? [],
    },
    timerTickMs: parsed.data.TIMER_TICK_MS,
    timerJobExpireSeconds: parsed.data.TIMER_JOB_EXPIRE_SECONDS,
    jobMaintenanceSeconds: parsed.data.JOB_MAINTENANCE_SECONDS,
    rosterCheckMs: parsed.data.ROSTER_CHECK_MS,
    socketRecheckMs: parsed.data.SOCKET_RECHECK_MS,
    witnessPeers: e.WITNESS_PEERS_FILE ? peersFrom(e.WITNESS_PEERS_FILE) : [],
    notify: {
      smtpUrl: e.SMTP_URL ?? null,
      smtpFrom: e.SMTP_FROM ?? null,
      tickMs: e.NOTIFY_TICK_MS,
      retryLimit: e.NOTIFY_RETRY_LIMIT,
      retryDelaySeconds: e.NOTIFY_RETRY_DELAY_SECONDS,
      sendTimeoutMs: e.NOTIFY_SEND_TIMEOUT_MS,
      linkBase: e.NOTIFY_LINK_BASE ?? null,
      webhookHosts: e.NOTIFY_WEBHOOK_HOSTS ?? null,
      production: e.NODE_ENV === 'production',
    },
  };
}
