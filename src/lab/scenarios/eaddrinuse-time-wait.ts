// Scenario: a server restarts while its last connection lingers in TIME_WAIT: bind() fails unless both servers set SO_REUSEADDR.
import net from 'node:net';
import { RawSocket } from '../../sys/raw-socket.js';
import { SOL_SOCKET, SO } from '../../sys/linux-constants.js';
import { errorCode } from '../kit/node-net.js';
import { record } from '../kit/record.js';
import { rawPair } from '../kit/raw-pair.js';
import { defineScenario, type Sandbox } from '../scenario.js';
import type { Timeline } from '../timeline.js';

/** The three ways to start the new server: a plain bind(), SO_REUSEADDR first, or Node's listen() (libuv sets SO_REUSEADDR). */
type Restart = 'plain' | 'SO_REUSEADDR' | 'Node';
const label = (old: 'plain' | 'SO_REUSEADDR', restart: Restart): string => `${restart === 'Node' ? 'listen' : 'bind'} (old server ${old}, new ${restart})`;

/** TIME_WAIT holds the port for 60 s; only a server with SO_REUSEADDR replacing one that also had it (Node after Node) gets it back. */
export const eaddrinuseTimeWait = defineScenario({
  id: 'eaddrinuse-time-wait',
  title: 'EADDRINUSE on restart while TIME_WAIT lingers',
  articleSays: 'The side that closes a connection first keeps it in TIME_WAIT for 2 MSL (60 s on Linux). A server that closed its connections and restarts at once finds its port still taken: bind() fails with EADDRINUSE. SO_REUSEADDR lets it bind, but on Linux only when the old server had set it too: the TIME_WAIT connection keeps its socket\'s flag. Node sets it on every listener, so a Node server restarts at once after a Node server.',
  predicts: [
    { endpoint: 'server', call: label('plain', 'plain'), result: 'EADDRINUSE' },
    { endpoint: 'server', call: label('plain', 'SO_REUSEADDR'), result: 'EADDRINUSE' },
    { endpoint: 'server', call: label('plain', 'Node'), result: 'EADDRINUSE' },
    { endpoint: 'server', call: label('SO_REUSEADDR', 'plain'), result: 'EADDRINUSE' },
    { endpoint: 'server', call: label('SO_REUSEADDR', 'SO_REUSEADDR'), result: 'ok' },
    { endpoint: 'server', call: label('SO_REUSEADDR', 'Node'), result: 'ok' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'as in the lab: bind() fails at once, and keeps failing for the 60 s of TIME_WAIT (TCP_TIMEWAIT_LEN, not a sysctl)',
  needs: ['netns'],
  async run({ timeline, sandbox }) {
    for (const old of ['plain', 'SO_REUSEADDR'] as const) {
      const port = await leaveTimeWait(timeline, sandbox, old === 'SO_REUSEADDR');
      const { stdout } = await sandbox.exec('ss', ['-Htan', 'state', 'time-wait', `sport = :${port}`]);
      timeline.note(`old server (${old}) stopped; ss state time-wait: ${stdout.trim().replace(/\s+/g, ' ') || 'none'}`);
      for (const restart of ['plain', 'SO_REUSEADDR'] as const) {
        bindOnce(timeline, sandbox, label(old, restart), port, restart === 'SO_REUSEADDR');
      }
      await nodeListen(timeline, label(old, 'Node'), port, sandbox.hosts.server);
    }
  },
});

/** A server (with SO_REUSEADDR or not) takes one connection, closes it first, then stops: its port is left in TIME_WAIT. */
async function leaveTimeWait(timeline: Timeline, sandbox: Sandbox, reuse: boolean): Promise<number> {
  const setReuse = (listener: RawSocket): void => void listener.setOpt(SOL_SOCKET, SO.REUSEADDR, 1);
  const { listener, client, server, port } = await rawPair(timeline, sandbox, undefined, reuse ? setReuse : undefined);
  record(timeline, 'server', 'close', server.close(), 'the server closes first: FIN');
  record(timeline, 'client', 'read', await client.readWait(1000));
  record(timeline, 'client', 'close', client.close(), "the server's side of the connection goes to TIME_WAIT");
  record(timeline, 'server', 'close listener', listener.close(), `the old server stops (SO_REUSEADDR ${reuse ? 'set' : 'not set'})`);
  return port;
}

/** bind() on the server's address and `port`, with SO_REUSEADDR first when `reuse`; the socket is closed again. */
function bindOnce(timeline: Timeline, sandbox: Sandbox, call: string, port: number, reuse: boolean): void {
  const socket = sandbox.on('server', () => RawSocket.tcp());
  if (reuse) record(timeline, 'server', 'setsockopt SO_REUSEADDR', socket.setOpt(SOL_SOCKET, SO.REUSEADDR, 1));
  record(timeline, 'server', call, socket.bind(sandbox.hosts.server, port));
  socket.close();
}

/** A Node server's listen() on `port`, recorded and closed again. */
function nodeListen(timeline: Timeline, call: string, port: number, host: string): Promise<void> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => {
      timeline.call('server', call, errorCode(error), `Node: ${error.message}`);
      resolve();
    });
    server.listen(port, host, () => {
      timeline.call('server', call, 'ok', 'libuv sets SO_REUSEADDR on every TCP bind');
      server.close(() => resolve());
    });
  });
}
