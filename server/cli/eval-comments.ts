/**
 * `npm run eval:comments [-- --no-record]`
 *
 * The engine on the labelled news-site comments (server/cli/eval/newsComments.ts):
 * precision, recall and F1 of each flag on the held-out half, the half read
 * while fixing the engine, and all of them. Writes docs/news-comments.md.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { scoreComment } from '../../shared/scoring/index.js';
import { parseFlags } from './flags.js';
import { isHeldOut, loadNewsComments, measure } from './eval/newsComments.js';

const DOC = fileURLToPath(new URL('../../docs/news-comments.md', import.meta.url));
const USAGE = 'usage: npm run eval:comments [-- --no-record]\n  --no-record  print the figures without writing docs/news-comments.md';
const args = parseFlags(z.object({ 'no-record': z.boolean().default(false), help: z.boolean().default(false) }), { command: 'eval:comments', usage: USAGE, booleans: ['no-record', 'help'] });
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const fixed = (x: number) => x.toFixed(3);

function markdown(parts: { name: string; m: ReturnType<typeof measure> }[], date: string): string {
  const lines = ['# Vigie — quality on news-site comments', '', `- Date: ${date}`, '- Command: `npm run eval:comments`', `- Data: \`server/cli/eval/news-comments.jsonl\` (300 comments, 2026-11-22; odd ids read while fixing the engine, even ids held out but six quoted in the writer's report)`, ''];
  for (const { name, m } of parts) {
    lines.push(`## ${name} (${m.n} comments)`, '', '| flag | precision | recall | F1 | TP | FP | FN |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const f of m.flags) lines.push(`| ${f.name} | ${fixed(f.precision)} | ${fixed(f.recall)} | ${fixed(f.f1)} | ${f.tp} | ${f.fp} | ${f.fn} |`);
    lines.push('', `Tone label agreement: ${fixed(m.tone)}. Target right where both see an insult: ${fixed(m.target.share)} of ${m.target.n}.`, '');
  }
  return lines.join('\n');
}

const rows = loadNewsComments().map((row) => ({ row, score: scoreComment(row.text) }));
const parts = [
  { name: 'Held out (even ids)', m: measure(rows.filter(({ row }) => isHeldOut(row))) },
  { name: 'Read while fixing (odd ids)', m: measure(rows.filter(({ row }) => !isHeldOut(row))) },
  { name: 'All', m: measure(rows) },
];
const md = markdown(parts, new Date().toISOString());
process.stdout.write(md);
if (!args['no-record']) writeFileSync(DOC, md);
