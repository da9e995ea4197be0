/**
 * Ingestion is authenticated by API key (header X-API-Key), one key per
 * source: the key from INGEST_API_KEY, or keys created with
 * `npm run apikey -- create SOURCE` (stored hashed).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Store } from '../store/store.js';
import { HttpError } from './errors.js';

export interface ApiKeyOptions {
  store: Store;
  envKey?: string;
  envSource: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireApiKey({ store, envKey, envSource }: ApiKeyOptions): RequestHandler {
  const envDigest = envKey ? digest(envKey) : null;
  return async (req, res, next) => {
    const key = req.get('x-api-key');
    if (!key) return next(new HttpError(401, 'missing_api_key', 'Send your source API key in the X-API-Key header.'));
    // Comparing digests of equal length keeps the comparison constant-time.
    if (envDigest && timingSafeEqual(digest(key), envDigest)) {
      res.locals.source = envSource;
      return next();
    }
    const source = await store.verifyApiKey(key);
    if (!source) return next(new HttpError(401, 'unknown_api_key', 'This API key is unknown or revoked.'));
    res.locals.source = source;
    next();
  };
}
