// A proxy's listening socket: open exactly while the proxy is enabled and no refuse toxic holds it closed.
// Every change goes through one queue, so a bind can never land after a later close (no leaked listener).
import { createServer, type Server, type Socket } from 'node:net';
import { SocklabError } from '../errors/socklab-error.js';
import { hostPort } from '../shared/host-port.js';
import { parseHostPort } from './address.js';

/** The listener of one proxy. */
export class Listener {
  /** The bound address ("host:port"), normalised after the first bind (port 0 -> the real port). */
  address: string;
  private enabled = false;
  private server: Server | undefined;
  private readonly holds = new Set<object>();
  private queue: Promise<void> = Promise.resolve();
  private reported = false;

  constructor(address: string, private readonly onConnection: (socket: Socket) => void, private readonly onRefusing: (refusing: boolean) => void) {
    this.address = address;
  }

  /** True while the socket accepts connections. */
  get listening(): boolean {
    return this.server !== undefined;
  }

  /** True while enabled but held closed by a refuse toxic. */
  get refusing(): boolean {
    return this.enabled && this.holds.size > 0;
  }

  /** Open (or keep open) the listener; rejects with SOCKLAB_PROXY_LISTEN_FAILED, leaving it disabled, if binding fails. */
  async enable(): Promise<void> {
    const was = this.enabled;
    this.enabled = true;
    try {
      await this.apply();
    } catch (error) {
      if (!was) this.enabled = false;
      throw error;
    }
  }

  /** Close the listener; resolves once it no longer accepts. */
  disable(): Promise<void> {
    this.enabled = false;
    return this.apply();
  }

  /** Hold the listener closed for `holder` (or release it); resolves once the socket is in that state. */
  hold(holder: object, closed: boolean): Promise<void> {
    if (closed) this.holds.add(holder);
    else this.holds.delete(holder);
    return this.apply();
  }

  private apply(): Promise<void> {
    const step = this.queue.then(() => this.reconcile());
    this.queue = step.catch(() => undefined);
    return step;
  }

  private async reconcile(): Promise<void> {
    if (this.enabled && this.holds.size === 0 && this.server === undefined) {
      const server = await this.bind();
      const addr = server.address();
      if (addr !== null && typeof addr === 'object') this.address = hostPort(addr.address, addr.port);
      this.server = server;
    } else if ((!this.enabled || this.holds.size > 0) && this.server !== undefined) {
      const server = this.server;
      this.server = undefined;
      server.close(); // the listening socket closes now; live connections are not touched
    }
    const refusing = this.refusing;
    if (refusing !== this.reported && this.enabled) this.onRefusing(refusing);
    this.reported = refusing;
  }

  private bind(): Promise<Server> {
    const { host, port } = parseHostPort(this.address, 'listen');
    const server = createServer({ allowHalfOpen: true, pauseOnConnect: true }, this.onConnection);
    return new Promise((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) => {
        const reason = e.code === 'EADDRINUSE' ? 'bind: address already in use' : e.message;
        reject(new SocklabError('SOCKLAB_PROXY_LISTEN_FAILED', { listen: hostPort(host, port), reason }, { cause: e }));
      });
      server.listen({ host, port, backlog: 4096 }, () => resolve(server));
    });
  }
}
