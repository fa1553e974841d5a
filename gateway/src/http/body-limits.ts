import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler } from 'express';
import { IMPORT_MAX_BYTES } from '@shouhou/contracts';

/**
 * The largest body of an ordinary GraphQL operation: the customer's signature drawn on the phone (a PNG
 * data URL of up to 400 k characters) with the rest of its form; every other form is a few kB.
 */
export const GRAPHQL_BODY_LIMIT = 512 * 1024;
/** An import's body: its CSV (characters, up to 3 bytes each in UTF-8, escaped in JSON) and the query. */
export const IMPORT_BODY_LIMIT = IMPORT_MAX_BYTES * 3 + 64 * 1024;
/** Inbound mail from the provider, attachments left out by the webhook's own rules. */
const WEBHOOK_BODY_LIMIT = 2 * 1024 * 1024;

/** Imports post to their own path, with their own limit; the gateway serves them as GraphQL. */
export const IMPORT_PATH = '/graphql/import';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set for requests that came through IMPORT_PATH: only import operations may run there. */
    importRoute?: boolean;
  }
}

/**
 * Body parsing with a limit per route, before any other work: a body over its limit is refused with
 * 413 while it is still being read, so no request can make the gateway hold more than the limit.
 */
export function installBodyLimits(app: Express): void {
  app.use((req, _res, next) => {
    if (req.path === IMPORT_PATH) {
      req.importRoute = true;
      req.url = '/graphql' + req.url.slice(IMPORT_PATH.length);
    }
    next();
  });
  const webhook = parsers(WEBHOOK_BODY_LIMIT, true);
  const imports = parsers(IMPORT_BODY_LIMIT, false);
  const graphql = parsers(GRAPHQL_BODY_LIMIT, false);
  app.use((req, res, next) => {
    const chain = req.path.startsWith('/webhooks/') ? webhook : req.importRoute ? imports : graphql;
    runChain(chain, req, res, next);
  });
  app.use(bodyErrors);
}

function parsers(limit: number, forms: boolean): RequestHandler[] {
  return [express.json({ limit }), ...(forms ? [express.urlencoded({ limit, extended: true })] : [])];
}

function runChain(chain: RequestHandler[], req: Request, res: express.Response, next: express.NextFunction, i = 0): void {
  if (i >= chain.length) return next();
  chain[i](req, res, (error?: unknown) => (error ? next(error) : runChain(chain, req, res, next, i + 1)));
}

/** A body refused while reading it gets a GraphQL-shaped error with a clear code, never a 500. */
const bodyErrors: ErrorRequestHandler = (error, req, res, next) => {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    const limit = req.importRoute ? IMPORT_BODY_LIMIT : req.path.startsWith('/webhooks/') ? WEBHOOK_BODY_LIMIT : GRAPHQL_BODY_LIMIT;
    return void res.status(413).json(refusal('PAYLOAD_TOO_LARGE', `the request body is larger than ${Math.round(limit / 1024)} kB`));
  }
  if (type === 'entity.parse.failed' || type === 'charset.unsupported' || type === 'encoding.unsupported' || type === 'request.aborted') {
    return void res.status(400).json(refusal('BAD_REQUEST', 'the request body is not valid JSON'));
  }
  next(error);
};

const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });
