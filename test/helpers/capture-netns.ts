// Inside a throwaway netns: captures TCP on loopback, ICMP port-unreachable (v4, v6) and a router's ICMP host-unreachable.
import { execFileSync, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { openCapture } from '../../src/lab/capture/open-capture.js';
import { packetEvents } from '../../src/lab/capture/packet-events.js';
import { writePcapng } from '../../src/lab/capture/pcapng.js';
import { RawSocket } from '../../src/sys/raw-socket.js';
import { preciseNow } from '../../src/lab/timeline.js';
import type { PacketEvent } from '../../src/lab/timeline.js';
import { assertThrowawayNetns, loopbackUp, setNetnsSysctl } from './netns.js';

/** What the script prints: the events, what the capture saw, and when each part of the traffic ran (ms since start). */
export interface CaptureRun {
  readonly events: PacketEvent[];
  readonly frames: number;
  readonly loopbackTcpFrames: number;
  readonly dropped: number;
  readonly interfaces: string[];
  readonly tcp: { readonly from: number; readonly to: number; readonly port: number };
  readonly udpPort: number;
}

assertThrowawayNetns();
loopbackUp();
const startedAt = preciseNow();
const since = (): number => preciseNow() - startedAt;

// A second namespace plays the client behind this one, the router; its process holds it until we kill it.
const holder = spawn('setpriv', ['--pdeathsig', 'KILL', 'unshare', '--net', 'sleep', '60'], { stdio: 'ignore' });
const own = readlinkSync('/proc/self/ns/net');
while (readlinkSync(`/proc/${holder.pid}/ns/net`) === own) await sleep(5);
const clientNetns = `/proc/${holder.pid}/ns/net`;
const inClient = (...args: string[]): void => void execFileSync('nsenter', [`--net=${clientNetns}`, ...args]);

// Opened before the veth pair exists: 'all' must cover interfaces created later.
const routerCapture = await openCapture({ namespace: 'router' });
const clientCapture = await openCapture({ netns: clientNetns, namespace: 'client' });

execFileSync('ip', ['link', 'add', 'veth-r', 'type', 'veth', 'peer', 'name', 'veth-c', 'netns', String(holder.pid)]);
execFileSync('ip', ['addr', 'add', '192.0.2.1/24', 'dev', 'veth-r']);
execFileSync('ip', ['link', 'set', 'veth-r', 'up']);
execFileSync('ip', ['route', 'add', 'unreachable', '203.0.113.0/24']);
setNetnsSysctl('net/ipv4/ip_forward', '1');
inClient('ip', 'addr', 'add', '192.0.2.2/24', 'dev', 'veth-c');
inClient('ip', 'link', 'set', 'veth-c', 'up');
inClient('ip', 'route', 'add', 'default', 'via', '192.0.2.1');

// TCP on loopback: handshake, 5 bytes, the server closes (FIN), the client writes again and draws an RST.
const tcpFrom = since();
const listener = RawSocket.tcp();
listener.bind('127.0.0.2', 0);
listener.listen();
const local = listener.localAddress();
if (!local.ok) throw new Error(`getsockname ${local.code}`);
const { port } = local.value;
const client = RawSocket.tcp();
client.bind('127.0.0.1', 0);
client.connect('127.0.0.2', port);
await client.connected(2000);
await listener.readable(2000);
const accepted = listener.accept();
if (!accepted.ok) throw new Error(`accept ${accepted.code}`);
client.write('hello');
await accepted.value.readWait(2000);
accepted.value.close();
await client.readWait(2000);
client.write('request');
await client.readWait(2000);
client.close();
listener.close();
const tcpTo = since();

// UDP to a closed port: the stack answers ICMP port-unreachable, quoting the datagram.
const udpPort = 9;
for (const [family, address] of [['udp4', '127.0.0.1'], ['udp6', '::1']] as const) {
  const socket = createSocket(family);
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.send('ping', udpPort, address, () => resolve()));
  await sleep(20);
  socket.close();
}

// Through the router: its `unreachable` route answers the client's SYN with ICMP host-unreachable.
inClient(process.execPath, '-e', "require('net').connect(80, '203.0.113.9').on('error', () => process.exit(0))");

const captured = [await routerCapture.stop(), await clientCapture.stop()];
holder.kill('SIGKILL');
const frames = captured.flatMap((c) => c.frames);
const pcap = process.argv[2];
if (pcap !== undefined) await writePcapng(pcap, frames);
const hosts = new Map([['127.0.0.1', 'client'], ['127.0.0.2', 'server'], ['192.0.2.2', 'client'], ['192.0.2.1', 'router']] as const);
const run: CaptureRun = {
  events: packetEvents(frames, { hosts, startedAt }),
  frames: frames.length,
  loopbackTcpFrames: frames.filter((f) => f.interface === 'lo' && f.data.readUInt16BE(12) === 0x0800 && f.data[23] === 6).length,
  dropped: captured.reduce((sum, c) => sum + c.dropped, 0),
  interfaces: [...new Set(frames.map((f) => `${f.namespace}/${f.interface}`))].sort(),
  tcp: { from: tcpFrom, to: tcpTo, port },
  udpPort,
};
console.log(JSON.stringify(run));
