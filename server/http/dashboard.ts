/**
 * The built dashboard (`npm run build` → dist/client): its files, and
 * index.html for every other page address so a reload of /articles/12 opens
 * the article. Hashed assets are cached for a year; index.html never, so a
 * new build is picked up at the next load.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** Paths that belong to the API, the websocket or the machines: never answered with the dashboard. */
const NOT_PAGES = /^\/(api|v1alpha1|socket\.io|healthz)(\/|$)/;

export function dashboardRouter(dir: string): Router {
  const router = Router();
  const index = path.join(dir, 'index.html');
  router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.get(/.*/, (req, res, next) => {
    if (NOT_PAGES.test(req.path)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built yet: run `npm run build` (npm start does it for you).\n');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return router;
}
