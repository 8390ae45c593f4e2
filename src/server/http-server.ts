/** The one HTTP server: health, the bots' endpoints, and a JSON 404 / error handler that never leaks internals. */
import express, { Express, NextFunction, Request, Response } from 'express';
import http from 'node:http';
import { Logger } from '../shared/logger';

export function createExpressApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  return app;
}

/** Registered last: unknown paths get 404, unexpected errors 500 without a stack trace in the response. */
export function finishExpressApp(app: Express, log: Logger): void {
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 500;
    if (status >= 500) log.error({ err: error, path: req.path }, 'request failed');
    if (!res.headersSent) res.status(status).json({ error: status >= 500 ? 'internal error' : 'bad request' });
  });
}

export async function listen(app: Express, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
