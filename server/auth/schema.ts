/** Inputs of the accounts API and the `npm run user` command. */
import { z } from 'zod/v4';
import { ROLES } from '../../shared/types.js';

/** Twelve characters: NIST SP 800-63B's floor is 8; these accounts can reject comments and change the rules. */
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase or manager output; short enough that hashing one costs nothing extra. */
export const MAX_PASSWORD_LENGTH = 1024;

const stringField = (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : 'must be a string');

/** ASCII only, so the database's case-insensitive comparison (COLLATE NOCASE, ASCII-only) is exact. */
export const usernameSchema = z
  .string({ error: stringField })
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9._@-]+$/, 'may hold letters, digits, dot, dash, underscore and @ only');

export const newPasswordSchema = z
  .string({ error: stringField })
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

/** Sign-in checks only the shape: whether the name exists is the password check's business. */
export const loginSchema = z.object({
  username: z.string({ error: stringField }).min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  password: z.string({ error: stringField }).min(1, 'must not be empty').max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});

export const newUserSchema = z.object({ username: usernameSchema, role: roleSchema, password: newPasswordSchema }).strict();

