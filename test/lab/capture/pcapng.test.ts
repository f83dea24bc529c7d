// The pcapng file of a real capture, read back by an independent reader (tshark): interfaces, directions, flags, ICMP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaptureRun } from '../../helpers/capture-netns.js';
import { runInNetns } from '../../helpers/netns.js';

const FIELDS = [
  'frame.interface_name', 'frame.packet_flags_direction', 'ip.src', 'ip.dst', 'tcp.srcport', 'tcp.dstport', 'tcp.flags.str',
  'tcp.seq', 'tcp.ack', 'icmp.type', 'icmp.code', 'icmpv6.type', 'icmpv6.code', 'udp.dstport', 'frame.time_epoch',
] as const;
type Row = Record<(typeof FIELDS)[number], string>;

const dir = mkdtempSync(join(tmpdir(), 'socklab-pcap-'));
// As root the namespace runs as nobody, which must be able to write the file here.
chmodSync(dir, 0o777);
const file = join(dir, 'capture.pcapng');
// Removed whatever happens: a failing namespace script must not leave the directory behind.
const { run, rows } = await (async () => {
  try {
    const captured = await runInNetns<CaptureRun>(new URL('../../helpers/capture-netns.js', import.meta.url).pathname, [file]);
    // tshark refuses nothing it cannot parse silently: a damaged file makes it exit non-zero, which throws here.
    const read: Row[] = execFileSync('tshark', ['-n', '-r', file, '-T', 'fields', '-E', 'separator=|', ...FIELDS.flatMap((f) => ['-e', f])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim().split('\n').map((line) => Object.fromEntries(line.split('|').map((v, i) => [FIELDS[i], v])) as Row);
    return { run: captured, rows: read };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
const onPort = rows.filter((r) => r['tcp.srcport'] === String(run.tcp.port) || r['tcp.dstport'] === String(run.tcp.port));

test('tshark reads every frame, on interfaces named namespace/interface, with their direction', () => {
  assert.equal(rows.length, run.frames);
  assert.deepEqual([...new Set(rows.map((r) => r['frame.interface_name']))].sort(), run.interfaces);
  const icmpFromRouter = rows.filter((r) => r['icmp.type'] === '3' && r['icmp.code'] === '1');
  assert.deepEqual(icmpFromRouter.map((r) => `${r['frame.interface_name']} ${r['frame.packet_flags_direction']}`), ['router/veth-r 0x00000002', 'client/veth-c 0x00000001']);
  const times = rows.map((r) => Number(r['frame.time_epoch']));
  assert.ok(times.every((t, i) => i === 0 || t >= times[i - 1]!), 'frames in time order');
});

test('tshark sees the same TCP flags, ports and relative numbers as socklab', () => {
  const flags = onPort.map((r) => r['tcp.flags.str'].replace(/[·\u00b7]/g, ''));
  assert.deepEqual(flags.slice(0, 3), ['S', 'AS', 'A']);
  assert.equal(flags.at(-1), 'R');
  assert.ok(flags.includes('AF'), flags.join(' '));
  const socklab = run.events.filter((e) => e.protocol === 'tcp' && (e.src.port === run.tcp.port || e.dst.port === run.tcp.port));
  assert.deepEqual(onPort.map((r) => Number(r['tcp.seq'])), socklab.map((e) => (e.protocol === 'tcp' ? e.tcp.seq : -1)));
});

test('tshark decodes the ICMP messages: port unreachable (v4 and v6) quoting the UDP port, host unreachable', () => {
  const portUnreachable = rows.find((r) => r['icmp.type'] === '3' && r['icmp.code'] === '3');
  assert.equal(portUnreachable?.['udp.dstport'], String(run.udpPort));
  const v6 = rows.find((r) => r['icmpv6.type'] === '1' && r['icmpv6.code'] === '4');
  assert.equal(v6?.['udp.dstport'], String(run.udpPort));
  assert.ok(rows.some((r) => r['icmp.type'] === '3' && r['icmp.code'] === '1' && r['ip.src'].startsWith('192.0.2.1,')));
});
