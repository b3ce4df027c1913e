/** Serves the dashboard's bundle at `/` (the API's own routes, /graphql and the rest, come first). */
import express, { type Router } from 'express';
import { ensureDashboard, type EnsureOptions } from './build.ts';

export async function dashboardRouter(options: EnsureOptions = {}): Promise<Router> {
  const dir = await ensureDashboard(options);
  const router = express.Router();
  // File names are not content-hashed, so browsers revalidate (ETag) instead of caching blindly.
  router.use(express.static(dir, { index: 'index.html', cacheControl: true, maxAge: 0, fallthrough: true }));
  return router;
}
