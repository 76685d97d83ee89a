/** The health endpoint named in the manifest: ready while the database answers. */
import { Router } from 'express';
import { databaseAnswers, type Database } from '../db/database';
import { manifest } from '../manifest';

export function createHealthRouter(db: Database, isStopping: () => boolean): Router {
  const router = Router();

  router.get(manifest.healthPath, async (_req, res) => {
    const database = (await databaseAnswers(db)) ? 'up' : 'down';
    const ready = database === 'up' && !isStopping();
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ok' : 'unavailable',
      database,
      stopping: isStopping(),
      version: manifest.version,
    });
  });

  return router;
}
