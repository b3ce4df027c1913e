/**
 * The HTTP application: /graphql (API and IDE), /healthz, /readyz, /metrics; request ids,
 * JSON request logs and metrics for every route.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { CypherReader } from './cypher-reader.ts';
import { graphqlRoute } from './graphql-route.ts';
import { healthz, readyz } from './health.ts';
import { ideHandlers, IDE_STATIC_PATH, wantsIde } from './ide.ts';
import { DEFAULT_LIMITS, type ApiLimits } from './limits.ts';
import { ApiMetrics } from './metrics.ts';
import { buildSchema } from './schema.ts';

export interface AppOptions {
  reader: CypherReader;
  limits?: ApiLimits;
  logger?: Logger;
  schema?: GraphQLSchema;
  /** More routes (the dashboard), tried after the API's own and before the fallbacks. */
  routers?: RequestHandler[];
}

export interface ApiApp {
  app: Express;
  metrics: ApiMetrics;
  logger: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

function route(req: Request): string {
  const path = req.path;
  if (path.startsWith(IDE_STATIC_PATH)) return 'ide-static';
  return ['/graphql', '/healthz', '/readyz', '/metrics'].includes(path) ? path : 'other';
}

export function createApp(options: AppOptions): ApiApp {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const logger = options.logger ?? pino({ name: 'sig-atlas-api' });
  const metrics = new ApiMetrics();
  const stopListening = options.reader.onQuery((event) => metrics.recordQuery(event));
  void stopListening;
  const schema = options.schema ?? buildSchema();
  const graphql = graphqlRoute({ schema, reader: options.reader, limits, metrics });
  const ide = ideHandlers('/graphql');

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      customProps: (_req, res) => (res as unknown as Response).locals?.['graphql'] ?? {},
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith(IDE_STATIC_PATH) },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const end = metrics.httpDuration.startTimer({ route: route(req) });
    res.on('finish', () => {
      end();
      metrics.httpRequests.inc({ route: route(req), method: req.method, status: String(res.statusCode) });
    });
    next();
  });

  app.get('/healthz', healthz);
  app.get('/readyz', readyz(options.reader, metrics));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(IDE_STATIC_PATH, (req, res, next) => {
    req.url = req.originalUrl;
    ide.assets(req, res, next);
  });
  app.all('/graphql', (req, res, next) => {
    if (wantsIde(req)) {
      ide.page(req, res);
      return;
    }
    graphql(req, res).catch(next);
  });
  for (const router of options.routers ?? []) app.use(router);
  app.get('/', (_req, res) => res.redirect(302, '/graphql'));
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'Not found: the API is at /graphql' });
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    req.log.error({ err: error }, 'unhandled error');
    if (res.headersSent) return;
    res.status(500).json({ errors: [{ message: `Internal server error (request ${String(req.id)})`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: req.id } }] });
  });
  return { app, metrics, logger };
}
