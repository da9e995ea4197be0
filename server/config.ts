/**
 * Configuration, read once from the environment and validated; every other
 * module receives what it needs from here instead of reading process.env.
 */
import { z } from 'zod';
import { describeZodError } from '../shared/schemas.js';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  VIGIE_DB: z.string().min(1).default('./data/vigie.db'),
  INGEST_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Source name the INGEST_API_KEY belongs to. */
  INGEST_SOURCE: z.string().min(1).max(100).default('default'),
  DEMO: flag.default('1'),
  /** Demo comments per minute. */
  DEMO_RATE: z.coerce.number().positive().max(60_000).default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const r = envSchema.safeParse(env);
  if (!r.success) throw new ConfigError(`Invalid environment: ${describeZodError(r.error)}`);
  return r.data;
}
