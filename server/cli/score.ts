/**
 * `npm run --silent score -- --jsonl`  JSON lines in, one scored JSON line out per line, in order.
 * `npm run score -- "Quel mollasson, ce président !"`  a readable breakdown.
 *
 * The JSON-lines output is a contract other tools rely on: nothing but one
 * line per input line goes to stdout, and a bad line yields an error line
 * instead of stopping the run.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { scoreComment } from '../../shared/scoring/index.js';
import { describeZodError, langSchema, scoreRequestSchema } from '../../shared/schemas.js';
import type { CommentScore } from '../../shared/types.js';
import { formatScore } from './formatScore.js';

export function scoreLine(id: unknown, s: CommentScore) {
  return {
    ...(id === undefined ? {} : { id }),
    lang: s.lang,
    tone: s.tone,
    shouting: s.shouting,
    insult: s.insult,
    toxicity: { score: s.toxicity.score, flag: s.toxicity.flag },
    flagged: s.flagged,
    reasons: s.reasons,
    evidence: s.evidence,
  };
}

/** One input line → one output line (never throws). */
export function processLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: line.trim() ? 'not valid JSON' : 'empty line' });
  }
  const id = parsed && typeof parsed === 'object' && 'id' in parsed ? (parsed as { id: unknown }).id : undefined;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return JSON.stringify({ error: 'expected a JSON object like {"id": 1, "text": "…"}' });
  }
  const req = scoreRequestSchema.safeParse(parsed);
  if (!req.success) return JSON.stringify({ ...(id === undefined ? {} : { id }), error: describeZodError(req.error) });
  return JSON.stringify(scoreLine(req.data.id, scoreComment(req.data.text, { lang: req.data.lang })));
}

async function runJsonl(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!process.stdout.write(processLine(line) + '\n')) await once(process.stdout, 'drain');
  }
}

function fail(message: string): never {
  process.stderr.write(`score: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { jsonl: { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    fail((e as Error).message);
  }
  const { values, positionals } = args;
  if (values.help || (!values.jsonl && positionals.length === 0)) {
    process.stdout.write(
      'usage: npm run score -- [--lang fr|en] [--json] "comment text"\n       npm run --silent score -- --jsonl < comments.jsonl\n',
    );
    return;
  }
  if (values.jsonl) return runJsonl();

  const lang = values.lang === undefined ? undefined : langSchema.safeParse(values.lang);
  if (lang && !lang.success) fail(`--lang must be fr or en, not "${values.lang}"`);
  const text = positionals.join(' ');
  const req = scoreRequestSchema.safeParse({ text });
  if (!req.success) fail(describeZodError(req.error));
  const score = scoreComment(text, { lang: lang?.data });
  process.stdout.write(values.json ? JSON.stringify(score, null, 2) + '\n' : formatScore(text, score, process.stdout.isTTY) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
