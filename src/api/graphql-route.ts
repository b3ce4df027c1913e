/**
 * POST/GET /graphql: graphql-http (GraphQL over HTTP, both media types) behind a body-size
 * limit, with the per-request context, the limits as parse/validation steps, and error
 * formatting that knows the request id (through AsyncLocalStorage, as graphql-http's
 * formatError receives no request).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import { createHandler } from 'graphql-http';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type ApiContext } from './context.ts';
import type { CypherReader } from './cypher-reader.ts';
import { ERROR_CODES, formatApiError } from './errors.ts';
import type { ApiLimits } from './limits.ts';
import type { ApiMetrics } from './metrics.ts';
import { documentCache } from './document-cache.ts';
import { limitedParse, validationRules } from './validation-rules.ts';

interface RequestState {
  requestId: string;
  log: Logger;
  errorCodes: string[];
}

export interface GraphqlRouteOptions {
  schema: GraphQLSchema;
  reader: CypherReader;
  limits: ApiLimits;
  metrics: ApiMetrics;
}

class BodyTooLarge extends Error {}

/** The body as text, refusing more than `limit` bytes (whatever Content-Length claims). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function graphqlRoute(options: GraphqlRouteOptions): (req: Request, res: Response) => Promise<void> {
  const { limits, metrics } = options;
  const state = new AsyncLocalStorage<RequestState>();
  const documents = documentCache(limitedParse(limits));
  const handler = createHandler<IncomingMessage, { api: ApiContext }, ApiContext>({
    schema: options.schema,
    parse: (source) => documents.parse(source),
    validate: (schema, document, rules) => documents.validate(schema, document, rules),
    validationRules: (_req, args, specified) => [
      ...specified,
      ...validationRules(limits, { variables: args.variableValues, operationName: args.operationName }),
    ],
    context: (req) => req.context.api,
    formatError: (error) => {
      const current = state.getStore();
      const requestId = current?.requestId ?? 'unknown';
      const formatted = formatApiError(error, {
        requestId,
        report: (original) => current?.log.error({ err: original, requestId }, 'unexpected error while resolving a GraphQL request'),
      });
      const code = String(formatted.extensions['code']);
      current?.errorCodes.push(code);
      metrics.graphqlErrors.inc({ code });
      return formatted;
    },
  });

  return async (req, res) => {
    const requestId = String(req.id);
    const request: RequestState = { requestId, log: req.log, errorCodes: [] };
    let body: string | null = null;
    if (req.method === 'POST') {
      try {
        body = await readBody(req, limits.maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        metrics.graphqlErrors.inc({ code: ERROR_CODES.REQUEST_TOO_LARGE });
        res.status(413).type('application/json').send({
          errors: [
            {
              message: `The request body exceeds ${limits.maxBodyBytes} bytes`,
              extensions: { code: ERROR_CODES.REQUEST_TOO_LARGE, limit: limits.maxBodyBytes, requestId },
            },
          ],
        });
        return;
      }
    }
    const api = createContext(options.reader, limits, requestId);
    const [payload, init] = await state.run(request, () =>
      handler({ method: req.method, url: req.originalUrl, headers: req.headers, body, raw: req, context: { api } }),
    );
    metrics.roundTrips.observe(api.stats.roundTrips);
    res.locals['graphql'] = { roundTrips: api.stats.roundTrips, errorCodes: request.errorCodes };
    res.status(init.status);
    for (const [name, value] of Object.entries(init.headers ?? {})) res.setHeader(name, value);
    res.end(payload);
  };
}
