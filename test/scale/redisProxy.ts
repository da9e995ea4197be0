/**
 * A TCP relay in front of the test Redis, so a test can make Redis hang
 * (`freeze`: connections stay open, nothing answers) or go away and come
 * back (`down`, `up`: connections cut, new ones refused, then accepted).
 */
import { connect, createServer, type Socket } from 'node:net';

export interface RedisProxy {
  url: string;
  freeze(): void;
  down(): void;
  up(): void;
  close(): Promise<void>;
}

export async function redisProxy(target: string): Promise<RedisProxy> {
  const to = new URL(target);
  let frozen = false;
  let refusing = false;
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('error', () => s.destroy());
    s.on('close', () => sockets.delete(s));
  };
  const server = createServer((inbound) => {
    track(inbound);
    if (refusing) return void inbound.destroy();
    const outbound = connect(Number(to.port || 6379), to.hostname);
    track(outbound);
    inbound.on('data', (d) => frozen || outbound.write(d));
    outbound.on('data', (d) => frozen || inbound.write(d));
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const cut = () => {
    for (const s of sockets) s.destroy();
  };
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}`,
    freeze: () => void (frozen = true),
    down() {
      refusing = true;
      cut();
    },
    up: () => void (refusing = false),
    close() {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
