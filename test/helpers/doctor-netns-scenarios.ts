// Inside a throwaway netns: builds a CLOSE_WAIT leak, FIN_WAIT2 orphans, a full accept queue, unanswered SYNs and retransmitting data, then runs doctor().
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { doctor } from '../../src/doctor/doctor.js';
import { commandPath } from '../../src/shared/system-command.js';
import { NEAR_ADDRESS, SILENT_HOST, addSilentHost, loopbackUp, silenceHost } from './netns.js';

const LEAK_PORT = 7001;
const STOPPED_PORT = 7002;
const DROP_DATA_PORT = 7003;
const SILENT_PORT = 7004;
const held: net.Socket[] = [];

loopbackUp();
addSilentHost();
// A listener in a stopped process: nobody calls accept(), so its queue fills (backlog 2 -> 3 queued, then drops).
const stopped = spawn(commandPath('setpriv') ?? 'setpriv', ['--pdeathsig', 'KILL', process.execPath, '-e',
  `require('net').createServer().listen({ port: ${STOPPED_PORT}, host: '127.0.0.1', backlog: 2 }, () => console.log('ready'))`], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  await once(stopped.stdout, 'data');
  process.kill(stopped.pid as number, 'SIGSTOP');

  // CLOSE_WAIT leak: the server keeps half-open sockets and never closes them after the client's FIN.
  const leaky = net.createServer({ allowHalfOpen: true }, (s) => held.push(s)).listen(LEAK_PORT, '127.0.0.1');
  const dataServer = net.createServer((s) => held.push(s)).listen(DROP_DATA_PORT, SILENT_HOST);
  await Promise.all([once(leaky, 'listening'), once(dataServer, 'listening')]);
  const dataClient = net.connect({ port: DROP_DATA_PORT, host: SILENT_HOST, localAddress: NEAR_ADDRESS });
  await once(dataClient, 'connect');
  held.push(dataClient);

  const pending = doctor({ intervalMs: 1500 }); // reads the counters now, the sockets at the end
  for (let i = 0; i < 5; i += 1) {
    const c = net.connect(LEAK_PORT, '127.0.0.1');
    await once(c, 'connect');
    c.destroy(); // FIN from a closed socket: client side becomes an orphan in FIN_WAIT2
  }
  for (let i = 0; i < 6; i += 1) held.push(net.connect(STOPPED_PORT, '127.0.0.1').on('error', () => {}));
  silenceHost(); // from now on nothing answers the data port's peer, nor a SYN to SILENT_PORT on the same host
  dataClient.write('x'.repeat(1000)); // never acknowledged: retransmitted with backoff
  held.push(net.connect(SILENT_PORT, SILENT_HOST).on('error', () => {}));
  const result = await pending;
  console.log(JSON.stringify({ pid: process.pid, stoppedPid: stopped.pid, ports: { LEAK_PORT, STOPPED_PORT, DROP_DATA_PORT, SILENT_PORT }, silentHost: SILENT_HOST, result }));
} finally {
  stopped.kill('SIGKILL');
  for (const s of held) s.destroy();
  process.exit(0);
}
