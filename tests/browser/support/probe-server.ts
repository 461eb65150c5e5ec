/**
 * A server on another port (another origin) that only records what reaches
 * it: plain requests and WebSocket handshakes. The sandbox tests point
 * student code at it and assert it heard nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProbeServer {
  /** e.g. http://127.0.0.1:4321 */
  readonly origin: string;
  /** Every request or upgrade that reached it: method and path. */
  readonly heard: string[];
  close(): Promise<void>;
}

export async function startProbeServer(): Promise<ProbeServer> {
  const heard: string[] = [];
  const server: Server = createServer((req, res) => {
    heard.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Content-Type', req.url?.endsWith('.js') ? 'text/javascript' : 'text/plain');
    res.end(req.url?.endsWith('.js') ? 'export const stolen = true;' : 'secret from another origin');
  });
  server.on('upgrade', (req, socket) => {
    heard.push(`UPGRADE ${req.url ?? ''}`);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    heard,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
