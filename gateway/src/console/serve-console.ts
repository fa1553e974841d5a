import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(graphql|healthz|readyz|config\.json|export|webhooks)(\/|$|\?)/;

/**
 * Serves the console's static build at `/`, and its index page for any other browser route so that
 * deep links (`/requests/…`) survive a reload. Hashed assets are cached for a year, the page never.
 */
export function serveConsole(app: NestExpressApplication, dir = process.env.CONSOLE_DIR ?? path.resolve(__dirname, '../../console/dist')) {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res, file) => res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
