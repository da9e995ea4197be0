/**
 * Configuration, read once from the environment and validated; every other
 * module receives what it needs from here instead of reading process.env.
 */
import { z } from 'zod';
import { isIP } from 'node:net';
import { describeZodError } from '../shared/schemas.js';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/**
 * express's "trust proxy": 0/false (the default: nobody), true (every hop),
 * a number of hops, or addresses, subnets and the names loopback, linklocal,
 * uniquelocal, comma-separated.
 */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const trustProxy = z
  .string()
  .trim()
  .refine(
    (v) => /^(0|1|true|false|\d+)$/.test(v) || v.split(',').every((a) => PROXY_NAMES.has(a.trim()) || isIP(a.trim().replace(/\/\d{1,3}$/, '')) !== 0),
    'must be 0, true, a number of hops, or addresses/subnets (e.g. loopback, 10.0.0.0/8)',
  )
  .transform((v): boolean | number | string => (v === 'false' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v));

/**
 * A PostgreSQL connection URL (libpq's form, as the `pg` driver reads it):
 * postgres://user:password@host:5432/database?sslmode=require. Only the
 * scheme is checked here; the server says at start if it cannot connect.
 */
const databaseUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'must be a PostgreSQL URL, postgres://user:password@host:5432/database (or postgresql://…)');

/** redis://[user:password@]host:6379[/db], or rediss:// for TLS. Only the scheme is checked; the server says at start if it cannot connect. */
const redisUrl = z
  .string()
  .trim()
  .refine((v) => {
    try {
      return ['redis:', 'rediss:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'must be a Redis URL, redis://host:6379 (or rediss:// for TLS)');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  VIGIE_DB: z.string().min(1).default('./data/vigie.db'),
  /** When set, the store is this PostgreSQL database instead of the VIGIE_DB SQLite file. Empty counts as unset. */
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), databaseUrl.optional()),
  INGEST_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Source name the INGEST_API_KEY belongs to. */
  INGEST_SOURCE: z.string().min(1).max(100).default('default'),
  DEMO: flag.default('1'),
  /** Demo comments per minute. */
  DEMO_RATE: z.coerce.number().positive().max(60_000).default(12),
  /** Comments of the past two days the demo posts at once on a first start, so charts and profiles have a history. */
  DEMO_BACKLOG: z.coerce.number().int().min(0).max(100_000).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Password of the `admin` account created at first start (no accounts yet); without it, a random one is printed once. */
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(1024).optional(),
  /** How long a sign-in lasts. */
  SESSION_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  /** Set behind a reverse proxy that terminates HTTPS, so cookies get Secure and client IPs are right (see trustProxy above). */
  TRUST_PROXY: trustProxy.default('0'),
  /** The built dashboard's folder (`npm run build`); dist/client when unset. */
  DASHBOARD_DIR: z.string().min(1).optional(),
  /** How long a moderator can undo their own decision, in seconds. */
  UNDO_SECONDS: z.coerce.number().int().min(0).max(3_600).default(10),
  /** Tone drift (shared/insights.ts): a commenter's last DRIFT_WINDOW comments against their earlier ones… */
  DRIFT_WINDOW: z.coerce.number().int().min(2).max(500).default(10),
  /** …marked when the mean tones differ by more than this (tone runs from -1 to 1). */
  DRIFT_THRESHOLD: z.coerce.number().gt(0).max(2).default(0.35),
  /** Several instances behind a load balancer: their Redis (socket.io's adapter, sign-in lockout counters). Empty counts as unset. */
  REDIS_URL: z.preprocess((v) => (v === '' ? undefined : v), redisUrl.optional()),
  /** Starts every Redis key and channel Vigie uses, so two deployments can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1 to 64 letters, digits or _ . : -').default('vigie'),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = envSchema.safeParse(env);
  if (!r.success) throw new ConfigError(`Invalid environment: ${describeZodError(r.error)}`);
  return r.data;
}
