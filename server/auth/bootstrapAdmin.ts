/**
 * First start: with no accounts at all, create `admin` so someone can sign
 * in — with ADMIN_PASSWORD when set, else a random password shown once on
 * stderr. Never through the logger: logs are shipped and kept, a password
 * in them is a password leaked.
 */
import type { Store } from '../store/store.js';
import { hashPassword, randomPassword } from './passwords.js';

export const BOOTSTRAP_USERNAME = 'admin';

export interface BootstrapOptions {
  /** ADMIN_PASSWORD, already checked by the config. */
  password?: string;
  /** Where a generated password is shown (stderr). */
  show: (text: string) => void;
}

export type BootstrapOutcome = 'exists' | 'created_with_env_password' | 'created_with_random_password';

export async function bootstrapAdmin(store: Store, { password, show }: BootstrapOptions): Promise<BootstrapOutcome> {
  if ((await store.countUsers()) > 0) return 'exists';
  const chosen = password ?? randomPassword();
  const user = await store.createUser({ username: BOOTSTRAP_USERNAME, role: 'admin', passwordHash: await hashPassword(chosen) });
  // Another instance starting on the same database created it first: its password, not ours, is the one.
  if (!user) return 'exists';
  if (password !== undefined) return 'created_with_env_password';
  show(framed(chosen));
  return 'created_with_random_password';
}

function framed(password: string): string {
  const lines = [
    'Vigie: first start, no accounts yet. Created the account:',
    '',
    `    username  ${BOOTSTRAP_USERNAME}`,
    `    password  ${password}`,
    '',
    'This password is shown once and stored only hashed: sign in and keep it safe.',
    'Add people with: npm run user -- add NAME --role moderator',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '═'.repeat(width + 4);
  return ['', `╔${rule}╗`, ...lines.map((l) => `║  ${l.padEnd(width)}  ║`), `╚${rule}╝`, ''].join('\n') + '\n';
}
