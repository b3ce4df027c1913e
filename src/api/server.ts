/** Runs the API app on a host and port; `close` stops accepting, finishes requests, then resolves. */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { createApp, type AppOptions } from './app.ts';

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export function listen(options: AppOptions & { host: string; port: number }): Promise<RunningServer & ReturnType<typeof createApp>> {
  const api = createApp(options);
  const server = createServer(api.app);
  // Slow clients may not hold sockets forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        ...api,
        server,
        url: `http://${host}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
