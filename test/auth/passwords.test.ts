import { expect, test } from 'vitest';
import { hashPassword, randomPassword, verifyAgainstDummy, verifyPassword } from '../../server/auth/passwords.js';

test('a hash is scrypt$N$r$p$salt$hash and verifies only its own password', async () => {
  const hash = await hashPassword('correct horse battery staple');
  expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
  expect(await verifyPassword('', hash)).toBe(false);
});

test('the same password gets a different salt, hence a different hash, every time', async () => {
  expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
});

test('an accented password matches whether typed precomposed or with a combining accent', async () => {
  const hash = await hashPassword('Sécurité d’abord');
  expect(await verifyPassword('Se\u0301curite\u0301 d’abord', hash)).toBe(true);
});

test('the parameters are read from the hash, so hashes made at another cost still verify', async () => {
  const { scryptSync, randomBytes } = await import('node:crypto');
  const salt = randomBytes(16);
  const key = scryptSync('old password', salt, 32, { N: 1024, r: 8, p: 1 });
  const old = `scrypt$1024$8$1$${salt.toString('base64url')}$${key.toString('base64url')}`;
  expect(await verifyPassword('old password', old)).toBe(true);
});

test.each([
  '',
  'plain text',
  'bcrypt$2b$10$abc',
  'scrypt$1000$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA', // N not a power of two
  'scrypt$4194304$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA', // N over the ceiling
])('a malformed or outlandish stored hash %j verifies nothing (and throws nothing)', async (stored) => {
  expect(await verifyPassword('anything', stored)).toBe(false);
});

test('the dummy check always answers false', async () => {
  expect(await verifyAgainstDummy('anything')).toBe(false);
});

test('random passwords are 24 base64url characters, never twice the same', () => {
  const a = randomPassword();
  expect(a).toMatch(/^[\w-]{24}$/);
  expect(randomPassword()).not.toBe(a);
});
