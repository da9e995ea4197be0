/** `npm run apikey -- create SOURCE`: a new ingestion key for a source, printed once (only its hash is stored). */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { openStore, storeOfDbFlag } from '../store/index.js';

const sourceSchema = z.string().trim().min(1).max(100).regex(/^[\w.-]+$/, 'letters, digits, dot, dash and underscore only');

function fail(message: string): never {
  process.stderr.write(`apikey: ${message}\nusage: npm run apikey -- create SOURCE [--db PATH_OR_POSTGRES_URL]\n`);
  process.exit(2);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { db: { type: 'string' } } });
const [command, source] = positionals;
if (command !== 'create') fail(`unknown command "${command ?? ''}"`);
const checked = sourceSchema.safeParse(source);
if (!checked.success) fail(`SOURCE ${checked.error.issues[0]?.message ?? 'is invalid'}`);
const store = await openStore(values.db !== undefined ? storeOfDbFlag(values.db) : loadConfig());
const key = await store.createApiKey(checked.data);
await store.close();
process.stdout.write(key + '\n');
process.stderr.write(`API key for source "${checked.data}" created. Store it now: it is not shown again.\n`);
