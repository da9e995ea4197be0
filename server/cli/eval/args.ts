/** Command-line options of `npm run eval`, checked with zod so a bad value names its flag. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const USAGE = `usage: npm run eval -- [options]

Measures the scoring engine on the labelled data in ../shared/datasets/ and
writes the figures to docs/quality.md.

  --data DIR     read the datasets from DIR instead of ../shared/datasets/
  --json         print one JSON object instead of tables
  --no-record    do not write docs/quality.md
  --errors N     print up to N misclassified examples per dataset to stderr
                 (never written to docs/)
  -h, --help     show this help
`;

const MAX_ERRORS = 10_000;

const schema = z
  .object({
    data: z.string().trim().min(1, 'needs a folder path').optional(),
    json: z.boolean().default(false),
    'no-record': z.boolean().default(false),
    // Digits only: "1.5" or "1e3" for a count of examples is a typo, not a request.
    errors: z
      .string()
      .regex(/^\d+$/, 'must be a whole number of examples, e.g. --errors 15')
      .transform(Number)
      .pipe(z.number().max(MAX_ERRORS, `must be at most ${MAX_ERRORS}`))
      .optional(),
    help: z.boolean().default(false),
  })
  .strict();

export interface EvalArgs {
  dataDir: string | undefined;
  json: boolean;
  record: boolean;
  /** 0 = print no examples. */
  errors: number;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: EvalArgs } | { ok: false; message: string };

export function parseEvalArgs(argv: string[]): ParsedArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean' },
        'no-record': { type: 'boolean' },
        errors: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    const err = e as Error & { code?: string };
    // Node's advice after an unknown option is about positionals, which eval does not take.
    const message = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? (err.message.split('. ')[0] ?? err.message) : err.message;
    return { ok: false, message: message.replace(/\s*\n\s*/g, ' ') };
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = String(issue?.path[0] ?? '');
    const given = values[flag];
    return { ok: false, message: `--${flag} ${issue?.message ?? 'is invalid'}${typeof given === 'string' ? ` (got "${given}")` : ''}` };
  }
  const v = parsed.data;
  return { ok: true, args: { dataDir: v.data, json: v.json, record: !v['no-record'], errors: v.errors ?? 0, help: v.help } };
}
