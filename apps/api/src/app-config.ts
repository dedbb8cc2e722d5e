import { z } from 'zod';
import { describeEnvProblem, Env, StartupError } from '@app/database';
import { isHostPattern, NotifyOptions } from '@app/notifications';

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  /** How often the global log is sealed into a checkpoint, in ms (0: never). */
  sealIntervalMs: number;
  /** Seed the demo county when the database has none yet. */
  seedDemo: boolean;
  /** Access-token signing key; generated once and kept in the database when absent. */
  jwtSecret?: string;
  /** How often this process runs due timers, in ms (0: never on its own; tests fire them). Default 15 s. */
  timerTickMs?: number;
  /** A timer job whose process died is given to another after this many seconds. */
  timerJobExpireSeconds?: number;
  /** How often the job queue is supervised (expired jobs retried), in seconds. */
  jobMaintenanceSeconds?: number;
  /** How often the county centres' duty rosters are checked for gaps, in ms (each is reported once a day). */
  rosterCheckMs?: number;
  /** External notifications (e-mail, webhook); defaults when absent. */
  notify?: NotifyOptions;
}

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
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  TIMER_TICK_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  TIMER_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  ROSTER_CHECK_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
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
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    production: parsed.data.NODE_ENV === 'production',
    sealIntervalMs: parsed.data.SEAL_INTERVAL_MS,
    seedDemo: parsed.data.SEED_DEMO === 'true',
    jwtSecret: parsed.data.JWT_SECRET,
    timerTickMs: parsed.data.TIMER_TICK_MS,
    timerJobExpireSeconds: parsed.data.TIMER_JOB_EXPIRE_SECONDS,
    jobMaintenanceSeconds: parsed.data.JOB_MAINTENANCE_SECONDS,
    rosterCheckMs: parsed.data.ROSTER_CHECK_MS,
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
