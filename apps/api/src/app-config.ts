import { z } from 'zod';
import { describeEnvProblem, Env, StartupError } from '@app/database';

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
}

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
});

/** Server settings from the environment; a bad one ends start-up with one line naming it. */
export function loadAppConfig(env: Env = process.env): AppConfig {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) throw new StartupError(describeEnvProblem(parsed.error));
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
  };
}
