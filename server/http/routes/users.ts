/** GET /api/users, POST /api/users {username, role, password} — admins only. */
import { Router } from 'express';
import { requireRole } from '../../auth/middleware.js';
import { hashPassword } from '../../auth/passwords.js';
import { newUserSchema } from '../../auth/schema.js';
import { parseBody } from '../parseInput.js';
import type { Store } from '../../store/store.js';
import { HttpError } from '../errors.js';

export function usersRouter(store: Store): Router {
  const router = Router();
  router.use('/users', requireRole('admin'));

  router.get('/users', async (_req, res) => {
    res.json({ users: await store.listUsers() });
  });

  router.post('/users', async (req, res) => {
    const { username, role, password } = parseBody(newUserSchema, req.body);
    const user = await store.createUser({ username, role, passwordHash: await hashPassword(password) });
    if (!user) throw new HttpError(409, 'username_taken', `The username "${username}" is taken.`, [{ field: 'username', message: 'is taken' }]);
    res.status(201).json({ user });
  });

  return router;
}
