/**
 * Password hashes: scrypt from node:crypto, encoded `scrypt$N$r$p$salt$hash`
 * (salt and hash in base64url) so the cost can be raised later without
 * breaking the hashes already stored.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * N = 2^15, r = 8, p = 1: ~32 MiB and some 50–100 ms per hash on a server
 * core — costly for someone testing guesses against a stolen database, while
 * a burst of sign-ins (at most a few per second, rate-limited) stays cheap.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Bounds on what a stored hash may ask for, so a doctored row cannot make verification eat the memory. */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; node's default ceiling (32 MiB) is exactly N = 2^15, r = 8, so give it room.
  const maxmem = 256 * (options.N ?? COST.N) * (options.r ?? COST.r);
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, keylen, { ...options, maxmem }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/**
 * The same password typed with a precomposed "é" (macOS, Windows) or "e" +
 * combining accent (some Linux input methods) must match: NFKC, as NIST
 * SP 800-63B advises.
 */
const normalise = (password: string) => password.normalize('NFKC');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(normalise(password), salt, KEY_BYTES, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface Decoded {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function decode(encoded: string): Decoded | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || !Number.isInteger(r) || r < 1 || r > MAX_R || !Number.isInteger(p) || p < 1 || p > MAX_P) return null;
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** True when `password` is the one `encoded` was made from. Compares in constant time. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const d = decode(encoded);
  if (!d) return false;
  const key = await scrypt(normalise(password), d.salt, d.key.length, { N: d.N, r: d.r, p: d.p });
  return timingSafeEqual(key, d.key);
}

let dummy: Promise<string> | null = null;

/** Computes the dummy hash ahead, so the first unknown username is not slower than the rest (called when the login route is built). */
export function prepareDummyHash(): void {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
}

/**
 * Spends the time of a real verification and answers false: for a username
 * that does not exist, so "no such user" and "wrong password" take as long
 * and nobody learns which accounts exist by timing the answer.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  prepareDummyHash();
  await verifyPassword(password, await dummy!);
  return false;
}

/** A password for a first admin or a new account when none is given: 18 random bytes, 24 characters. */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}
