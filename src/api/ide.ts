/**
 * The in-browser IDE: ruru (GraphiQL with Graphile's additions) served from the npm package
 * itself, so it works offline; no CDN is involved.
 */
import type { NextFunction, Request, Response } from 'express';
import { ruruHTML, type RuruClientConfig } from 'ruru/server';
import { serveStatic } from 'ruru/static';

export const IDE_STATIC_PATH = '/graphql/ide/';

const EXAMPLE = `# SIG Atlas — try: which companies employ the most SIG leaders?
{
  companies(orderBy: {field: SIG_LEADERS}, first: 5) {
    nodes { name sigLeaderCount }
  }
}
`;

/** Whether a request comes from a browser wanting a page rather than a GraphQL response. */
export function wantsIde(req: Request): boolean {
  if (req.method !== 'GET') return false;
  const preferred = req.accepts(['application/graphql-response+json', 'application/json', 'text/html']);
  return preferred === 'text/html';
}

export function ideHandlers(endpoint = '/graphql') {
  // ruru types every client option as present; only the default query is ours to set.
  const clientConfig = { defaultQuery: EXAMPLE } as Partial<RuruClientConfig> as RuruClientConfig;
  const html = ruruHTML({ endpoint, staticPath: IDE_STATIC_PATH, clientConfig });
  const assets = serveStatic(IDE_STATIC_PATH);
  return {
    page: (_req: Request, res: Response) => {
      res.status(200).type('text/html; charset=utf-8').setHeader('cache-control', 'no-store').send(html);
    },
    assets: (req: Request, res: Response, next: NextFunction) => assets(req, res, next),
  };
}
