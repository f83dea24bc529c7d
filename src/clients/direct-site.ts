// A fault site that is the target server itself, for faults a proxy cannot make (it cannot see request boundaries).
import type { FaultSite } from './fault.js';
import { startTargetServer, type TargetServerOptions } from './target-server.js';

/** Starts a target server and aims requests straight at it. */
export async function directSite(server: TargetServerOptions): Promise<FaultSite> {
  const target = await startTargetServer(server);
  return { origin: `http://127.0.0.1:${target.port}`, received: target.received, close: target.close };
}
