// A loopback port for a server that must be told its port: one the kernel hands out now, free until someone takes it.
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing holds at this moment (bound with port 0, then closed). */
export const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject);
  probe.listen({ port: 0, host: '127.0.0.1' }, () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});
