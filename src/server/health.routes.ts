import { Router } from 'express';
import { Database } from '../storage/database';

/** /healthz: the process answers. /readyz: the database answers and every known migration is applied. */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const health = await db.health();
    const ready = health.ok && health.migrations !== undefined && health.migrations.pending.length === 0;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not ready',
      database: { provider: health.provider, reachable: health.ok, ...(health.error ? { error: 'database not reachable' } : {}) },
      migrations: health.migrations ?? null,
    });
  });
  return router;
}
