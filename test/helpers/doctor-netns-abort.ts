// Inside a throwaway netns: a connection whose peer goes silent dies of ETIMEDOUT (tcp_retries2=1) while doctor() measures the counters.
import { once } from 'node:events';
import net from 'node:net';
import { doctor } from '../../src/doctor/doctor.js';
import { NEAR_ADDRESS, SILENT_HOST, addSilentHost, loopbackUp, setNetnsSysctl, silenceHost } from './netns.js';

const PORT = 7020;
loopbackUp();
addSilentHost();
// Give up after about two retransmissions instead of ~15 minutes.
setNetnsSysctl('net/ipv4/tcp_retries2', '1');
const held: net.Socket[] = [];
const server = net.createServer((s) => held.push(s)).listen(PORT, SILENT_HOST);
await once(server, 'listening');
const client = net.connect({ port: PORT, host: SILENT_HOST, localAddress: NEAR_ADDRESS });
await once(client, 'connect');
const failed = new Promise<string>((resolve) => client.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? '?')));
const pending = doctor({ intervalMs: 2500 });
silenceHost();
client.write('never acknowledged');
const [appSaw, result] = await Promise.all([failed, pending]);
for (const s of held) s.destroy();
server.close();
console.log(JSON.stringify({ appSaw, counters: result.counters.filter((c) => c.delta > 0) }));
process.exit(0);
