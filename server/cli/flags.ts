/**
 * Command-line flags for the benchmarks: node:util's parser, then a zod
 * object schema; a bad flag ends the run (exit 2) with a message naming it.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface FlagOptions {
  /** Name shown in messages, e.g. "bench:live". */
  command: string;
  usage: string;
  /** Flags without a value; every other flag of the schema takes one. */
  booleans: readonly string[];
}

export function parseFlags<S extends z.AnyZodObject>(schema: S, { command, usage, booleans }: FlagOptions): z.infer<S> {
  const fail = (message: string): never => {
    process.stderr.write(`${command}: ${message}\n${usage.split('\n')[0]}\n`);
    process.exit(2);
  };
  const options = Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, booleans.includes(name) ? { type: 'boolean' as const, ...(name === 'help' ? { short: 'h' } : {}) } : { type: 'string' as const }]),
  );
  let values: Record<string, unknown> = {};
  try {
    ({ values } = parseArgs({ options }));
  } catch (e) {
    fail((e as Error).message.split('. ')[0] ?? String(e));
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = String(issue.path[0]);
    fail(`--${flag} ${issue.message}, not "${String(values[flag])}"`);
  }
  return parsed.data as z.infer<S>;
}

/** Flags every benchmark takes: `--json` output, `--no-record` (skip docs/), `--help`. */
export const BENCH_FLAGS = {
  json: z.boolean().default(false),
  'no-record': z.boolean().default(false),
  help: z.boolean().default(false),
};
export const BENCH_BOOLEANS = Object.keys(BENCH_FLAGS);
