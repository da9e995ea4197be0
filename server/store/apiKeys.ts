/**
 * Ingestion API keys: `vk_` and 32 random bytes. Only the sha256 is stored,
 * so a copy of the database gives nobody a working key.
 *
 * Verification looks the hash up through a unique index rather than
 * comparing secrets: what an attacker could time is the lookup of a hash of
 * their own guess, which tells nothing about a stored key's bytes (finding an
 * input whose sha256 shares a prefix with a stored hash does not help find the
 * key). A constant-time comparison would protect nothing here.
 */
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'vk_';

export function newApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
