/**
 * `npm run sample`: scores sample reader comments and prints what a
 * moderator would see, without a database or a server. Reads the sample
 * pages in ../shared/seeds when they are there, else a few comments of our own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreComment } from '../../shared/scoring/index.js';
import { parseSeedPage } from '../import/seedPage.js';
import { highlight } from './formatScore.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

const OWN_SAMPLES = [
  { author: 'Exemple', text: 'Quel mollasson, ce président ! Il ne fait JAMAIS rien.' },
  { author: 'Exemple', text: 'ARRÊTEZ DE NOUS MENTIR, TOUT LE MONDE SAIT CE QUI SE PASSE !!!' },
  { author: 'Exemple', text: 'Merci pour cet article très complet, enfin une analyse sérieuse.' },
  { author: 'Example', text: 'You people are clueless, go read a history book.' },
];

function samples(): { author: string; text: string }[] {
  if (!existsSync(SEEDS)) return OWN_SAMPLES;
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseSeedPage(readFileSync(join(SEEDS, f), 'utf8')).comments);
}

const colour = process.stdout.isTTY;
const list = samples();
let flagged = 0;
for (const c of list) {
  const s = scoreComment(c.text);
  if (s.flagged) flagged++;
  const badges = [
    `tone ${s.tone.score.toFixed(2)} ${s.tone.label}`,
    s.shouting.flag ? 'SHOUTING' : null,
    s.insult.flag ? `insult (${s.insult.severity}, → ${s.insult.target})` : null,
    s.toxicity.flag ? `toxic ${s.toxicity.score.toFixed(2)}` : null,
  ].filter(Boolean);
  process.stdout.write(`\n${c.author} · ${s.lang} · ${badges.join(' · ')}${s.flagged ? ` · FLAGGED: ${s.reasons.join(', ')}` : ''}\n`);
  process.stdout.write(`  ${highlight(c.text, s.evidence, colour)}\n`);
}
process.stdout.write(
  `\n${list.length} comments scored, ${flagged} flagged.\n` +
    'Try your own: npm run score -- "Quel mollasson, ce président !"\n',
);
