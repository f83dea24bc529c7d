// Real packets in a throwaway namespace: loopback TCP, ICMP port-unreachable, and a router's ICMP seen from two namespaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openCapture } from '../../../src/lab/capture/open-capture.js';
import type { IcmpPacketEvent, PacketEvent, TcpPacketEvent } from '../../../src/lab/timeline.js';
import type { CaptureRun } from '../../helpers/capture-netns.js';
import { runInNetns } from '../../helpers/netns.js';

const run = await runInNetns<CaptureRun>(new URL('../../helpers/capture-netns.js', import.meta.url).pathname);
const tcp = run.events.filter((e): e is TcpPacketEvent => e.protocol === 'tcp' && (e.src.port === run.tcp.port || e.dst.port === run.tcp.port));
const icmp = (name: string): IcmpPacketEvent[] => run.events.filter((e): e is IcmpPacketEvent => e.protocol !== 'tcp' && e.icmp.name === name);
const numbers = (e: TcpPacketEvent): string => `${e.from}>${e.to} ${e.label} seq ${e.tcp.seq} ack ${e.tcp.ack ?? '-'}`;

test('loopback TCP: flags and sequence numbers relative to each side\'s ISN, as Stevens draws them', () => {
  const seen = tcp.map(numbers);
  assert.deepEqual(seen.slice(0, 4), [
    'client>server SYN seq 0 ack -',
    'server>client SYN,ACK seq 0 ack 1',
    'client>server ACK seq 1 ack 1',
    'client>server PSH,ACK 5B seq 1 ack 1',
  ]);
  assert.ok(seen.includes('server>client FIN,ACK seq 1 ack 6'), seen.join('\n'));
  assert.ok(seen.includes('client>server PSH,ACK 7B seq 6 ack 2'), seen.join('\n'));
  assert.equal(seen.at(-1), 'server>client RST seq 2 ack -');
  const [syn, synAck, ack] = tcp;
  assert.equal(syn!.tcp.options.mss, 65495, 'loopback MSS');
  assert.equal(syn!.tcp.windowScale, null, 'a SYN window is never scaled');
  assert.equal(synAck!.tcp.windowScale, 0);
  const scale = ack!.tcp.windowScale;
  assert.ok(scale !== null && scale > 0, 'both SYNs offered scaling');
  assert.equal(ack!.tcp.window % 2 ** scale, 0, 'the window field shifted by the agreed scale');
  assert.equal(syn!.length, 60, 'IP length: 20 + 40 bytes of TCP with options');
  assert.equal(tcp[3]!.tcp.payload, 5);
});

test('loopback shows each packet once, with kernel timestamps on the timeline\'s clock', () => {
  assert.equal(run.loopbackTcpFrames, tcp.length, 'one frame per packet on lo (the outgoing copy is dropped)');
  for (const e of tcp) {
    assert.deepEqual(e.seen.map((s) => `${s.namespace}/${s.interface}/${s.direction}`), ['router/lo/in']);
    assert.ok(e.t >= run.tcp.from && e.t <= run.tcp.to, `${e.label} at ${e.t} ms, traffic ran ${run.tcp.from}-${run.tcp.to} ms`);
  }
  assert.ok(tcp.every((e, i) => i === 0 || e.t >= tcp[i - 1]!.t), 'time order');
  assert.equal(run.dropped, 0);
});

test('ICMP and ICMPv6 port-unreachable name their type and code and quote the datagram', () => {
  const [v4] = icmp('port-unreachable').filter((e) => e.family === 4);
  assert.ok(v4 !== undefined);
  assert.deepEqual([v4.protocol, v4.icmp.type, v4.icmp.code, v4.label], ['icmp', 3, 3, 'ICMP port unreachable']);
  assert.deepEqual([v4.icmp.quoted?.protocol, v4.icmp.quoted?.dst.address, v4.icmp.quoted?.dst.port], ['udp', '127.0.0.1', run.udpPort]);
  const [v6] = icmp('port-unreachable').filter((e) => e.family === 6);
  assert.ok(v6 !== undefined);
  assert.deepEqual([v6.protocol, v6.icmp.type, v6.icmp.code, v6.src.address], ['icmpv6', 1, 4, '::1']);
  assert.deepEqual([v6.icmp.quoted?.protocol, v6.icmp.quoted?.dst.port], ['udp', run.udpPort]);
});

test('a router\'s ICMP host-unreachable: from the router, quoting the SYN, seen leaving the router and arriving at the client', () => {
  const [unreachable] = icmp('host-unreachable');
  assert.ok(unreachable !== undefined, JSON.stringify(run.events.map((e) => e.label)));
  assert.deepEqual([unreachable.from, unreachable.to, unreachable.icmp.type, unreachable.icmp.code], ['router', 'client', 3, 1]);
  const quoted = unreachable.icmp.quoted;
  assert.deepEqual([quoted?.protocol, quoted?.src.host, quoted?.dst.address, quoted?.dst.port, quoted?.seq], ['tcp', 'client', '203.0.113.9', 80, 0]);
  assert.deepEqual(unreachable.seen.map((s) => `${s.namespace}/${s.interface}/${s.direction}`), ['router/veth-r/out', 'client/veth-c/in']);
  const syn = run.events.find((e): e is TcpPacketEvent => e.protocol === 'tcp' && e.dst.address === '203.0.113.9');
  assert.ok(syn !== undefined);
  assert.deepEqual([syn.from, syn.to, syn.label], ['client', 'network', 'SYN']);
  assert.deepEqual(syn.seen.map((s) => `${s.namespace}/${s.interface}/${s.direction}`), ['client/veth-c/out', 'router/veth-r/in'], 'one event for both sightings');
});

test('interfaces created after the capture opened are captured; ARP and neighbour discovery stay out of the events', () => {
  assert.deepEqual(run.interfaces, ['client/veth-c', 'router/lo', 'router/veth-r']);
  assert.ok(run.frames > run.events.length, 'ARP, MLD and neighbour solicitations were captured');
  const noise = run.events.filter((e: PacketEvent) => e.protocol === 'icmpv6' && e.icmp.type >= 130);
  assert.deepEqual(noise, []);
});

test('refuses to capture in the host\'s network namespace, whatever the environment says', async () => {
  process.env.SOCKLAB_PARENT_NETNS = 'net:[1]';
  await assert.rejects(openCapture(), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'SOCKLAB_LAB_CAPTURE_FAILED');
    assert.match(error.message, /refusing to capture: this thread is in the host's user namespace/);
    return true;
  });
  await assert.rejects(openCapture({ netns: '/proc/self/ns/net' }), /refusing to capture/);
});
