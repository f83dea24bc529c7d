// A fault site made by socklab's in-process proxy: a target server behind createProxy with one toxic installed.
import { createProxy, type ToxicSpec } from '../proxy/create-proxy.js';
import type { FaultSite } from './fault.js';
import { startTargetServer, type TargetServerOptions } from './target-server.js';

/** Starts a target server and a proxy in front of it carrying `toxic`; requests go to the proxy. */
export async function proxiedSite(toxic: ToxicSpec, server: TargetServerOptions = {}): Promise<FaultSite> {
  const target = await startTargetServer(server);
  const proxy = await createProxy({ upstream: `127.0.0.1:${target.port}`, name: `clients-${target.port}` });
  await proxy.addToxic(toxic);
  return {
    origin: `http://${proxy.listen}`,
    received: target.received,
    close: async () => {
      await proxy.close();
      await target.close();
    },
  };
}
