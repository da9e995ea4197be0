/**
 * `npm run user -- add NAME --role moderator [--password P] [--db PATH_OR_POSTGRES_URL]`: a
 * dashboard account. Without --password a random one is printed once on
 * stdout (a password typed on the command line stays in the shell history).
 * Exit 2 for bad arguments, 1 when the name is taken.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { openStore, storeOfDbFlag, type StoreConfig } from '../store/index.js';
import { hashPassword, randomPassword } from '../auth/passwords.js';
import { newPasswordSchema, roleSchema, usernameSchema } from '../auth/schema.js';

const USAGE = 'usage: npm run user -- add NAME --role admin|moderator|viewer [--password P] [--db PATH_OR_POSTGRES_URL]';

function fail(message: string, code = 2): never {
  process.stderr.write(`user: ${message}\n${code === 2 ? USAGE + '\n' : ''}`);
  process.exit(code);
}

/** The value, or exit 2 with the message naming where it came from (`NAME`, `--role`…). */
function check<T>(label: string, r: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } }): T {
  if (!r.success) fail(`${label} ${r.error.issues[0]?.message ?? 'is invalid'}`);
  return r.data;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, password: { type: 'string' }, db: { type: 'string' } },
  });
} catch (e) {
  // parseArgs names the unknown or valueless flag in its message.
  fail((e as Error).message);
}
const { values, positionals } = parsed;
const [command, name, ...extra] = positionals;
if (command !== 'add') fail(`unknown command "${command ?? ''}"`);
if (extra.length) fail(`unexpected argument "${extra[0]}"`);
if (values.role === undefined) fail('--role is required');
const username = check('NAME', usernameSchema.safeParse(name));
const role = check('--role', roleSchema.safeParse(values.role));
const password = values.password === undefined ? null : check('--password', newPasswordSchema.safeParse(values.password));

let config: StoreConfig;
try {
  config = values.db !== undefined ? storeOfDbFlag(values.db) : loadConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(e.message);
  throw e;
}
const store = await openStore(config);
const chosen = password ?? randomPassword();
const user = await store.createUser({ username, role, passwordHash: await hashPassword(chosen) });
await store.close();
if (!user) fail(`the username "${username}" is taken`, 1);
if (password === null) {
  process.stdout.write(chosen + '\n');
  process.stderr.write(`Account "${user.username}" (${user.role}) created. Its password, above, is not shown again.\n`);
} else {
  process.stderr.write(`Account "${user.username}" (${user.role}) created.\n`);
}
