// Sends one request through a client to a healthy server before anything is timed: proof the client works here.
import { errorChain } from '../net/error-chain.js';
import type { Client, LoadedModules } from './client.js';
import { startTargetServer } from './target-server.js';

const CHECK_MS = 10_000;

/**
 * One GET through a fresh session to a healthy server on loopback. It also makes the library load what it loads
 * lazily on first use, so the first measured case is not slower than the rest. Returns why it failed, if it did.
 */
export async function healthyCheck(client: Client, modules: LoadedModules): Promise<string | undefined> {
  const server = await startTargetServer();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), CHECK_MS);
  try {
    const session = await client.open(modules);
    try {
      const reply = await session.send({ method: 'GET', url: `http://127.0.0.1:${server.port}/healthy`, signal: abort.signal, note: () => undefined });
      return reply.status === 200 && reply.bytes === 2 ? undefined : `a healthy server's 200 "ok" came back as status ${reply.status} with ${reply.bytes} bytes`;
    } finally {
      await session.close();
    }
  } catch (error) {
    return `its request to a healthy server failed: ${errorChain(error).map((l) => l.message).join(': ')}`;
  } finally {
    clearTimeout(timer);
    await server.close();
  }
}
