// Every text renderer neutralises C0 and C1 controls and ESC sequences in what others control (issue 15 item 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { doctor } from '../../src/doctor/doctor.js';
import { renderDoctorText } from '../../src/doctor/render/doctor-text.js';
import { renderEventLine } from '../../src/proxy/render/event-line.js';
import { renderSummary } from '../../src/proxy/render/summary.js';
import { renderProxyList } from '../../src/proxy/render/proxy-list.js';
import { renderProxyDetail, renderToxicLine } from '../../src/proxy/render/proxy-detail.js';
import { jsonText } from '../../src/cli/json-output.js';
import { safeOutput, terminalSafe } from '../../src/shared/terminal-safe.js';
import { memoryIo } from '../helpers/memory-io.js';

/** Clears the screen, sets the window title, an 8-bit CSI, a bell, a backspace and a right-to-left override. */
const EVIL = '\x1b[2J\x1b[H\x1b]0;owned\x07\x9b31m\x08\u202e';
// Any control a terminal could obey, except the newline and tab of the layout.
// eslint-disable-next-line no-control-regex
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/;

test('terminalSafe shows every control as an escape; safeOutput keeps only our colours and the layout', () => {
  assert.equal(terminalSafe('a\x1b[2Jb\x9bc\nd'), 'a\\x1b[2Jb\\x9bc\\x0ad');
  assert.equal(safeOutput('\x1b[1mbold\x1b[22m\tx\n\x1b]0;t\x07'), '\x1b[1mbold\x1b[22m\tx\n\\x1b]0;t\\x07');
  assert.doesNotMatch(jsonText({ name: `x${EVIL}` }), RAW);
  assert.deepEqual(JSON.parse(jsonText({ name: `x${EVIL}` })), { name: `x${EVIL}` });
});

test('explain: the matched text and peer of a log line', async () => {
  const io = memoryIo(`FATAL: could not connect to server: Connection refused\n\tIs the server running on host "db${EVIL}" (10.0.0.9) and accepting TCP/IP connections on port 5432?\nError: read ECONNRESET ${EVIL}\n`);
  await main(['explain', '-'], io);
  assert.notEqual(io.out(), '');
  assert.doesNotMatch(io.out(), RAW);
});

test('scan: the peer host, the samples and the source name', async () => {
  const io = memoryIo(`2026-11-24T14:00:00Z Error: connect ECONNREFUSED 10.0.0.5:5432 ${EVIL}\npsql: error: connection to server at "db${EVIL}" (10.0.0.9), port 5432 failed: Connection refused\n`);
  await main(['scan', '-'], io);
  assert.match(io.out(), /ECONNREFUSED/);
  assert.doesNotMatch(io.out(), RAW);
  const json = memoryIo(`Error: connect ECONNREFUSED 10.0.0.5:5432 ${EVIL}\n`);
  await main(['scan', '--json', '-'], json);
  assert.doesNotMatch(json.out(), RAW);
});

test("doctor: a process's /proc comm", async () => {
  const result = await doctor({ intervalMs: 0 });
  const forged = { ...result, processes: [{ ...(result.processes[0] ?? { pid: 1, total: 1, byState: {} }), command: `x${EVIL}` }] } as typeof result;
  const text = renderDoctorText(forged, false, 80);
  assert.match(text, /x\\x1b\[2J/);
  assert.doesNotMatch(text, RAW);
});

test('proxy: every text field of every log line, and the summary', () => {
  const name = `evil${EVIL}`;
  const info = { bytes_upstream: 1, bytes_downstream: 2, age_ms: 3 };
  const events = [
    { kind: 'connection', proxy: name, id: 1, client: `127.0.0.1:5${EVIL}` },
    { kind: 'fired', proxy: name, id: 1, toxic: name, what: `latency${EVIL}` },
    { kind: 'closed', proxy: name, id: 1, reason: `reset${EVIL}`, info },
    { kind: 'refusing', proxy: name, refusing: true },
  ] as const;
  for (const event of events) {
    // The renderer alone, as a library caller uses it; a name's own SGR (conceal) and newline are escaped too.
    const line = renderEventLine({ ...event, proxy: `${name}\x1b[8m\nforged` } as Parameters<typeof renderEventLine>[0]);
    assert.doesNotMatch(line, RAW, event.kind);
    assert.ok(!line.includes('\n'), `${event.kind}: one event is one line`);
    assert.match(line, /evil\\x1b\[2J/);
  }
  const snapshot = { name, connections: { total: 1 }, bytes: { upstream: 0, downstream: 0 }, fired: { [name]: 1 } };
  assert.doesNotMatch(renderSummary([snapshot] as unknown as Parameters<typeof renderSummary>[0], 1), RAW);
});

test('socklab toxic: every field a server sends, through the renderers alone', () => {
  const name = `evil${EVIL}\x1b[8m`;
  // A foreign server may send any JSON type where a string or number is due.
  const toxic = { name, type: `latency${EVIL}`, stream: `down${EVIL}`, toxicity: `1${EVIL}`, attributes: { [`latency${EVIL}`]: `9${EVIL}`, jitter: 7 } };
  const proxy = { name, listen: `127.0.0.1:1${EVIL}`, upstream: `x${EVIL}`, enabled: true, toxics: [toxic, { ...toxic, name: 42 }] };
  const list = renderProxyList({ [name]: proxy, other: { ...proxy, name: 'other\nforged' } } as unknown as Parameters<typeof renderProxyList>[0], 80);
  const detail = renderProxyDetail(proxy as unknown as Parameters<typeof renderProxyDetail>[0]);
  const line = renderToxicLine(toxic as unknown as Parameters<typeof renderToxicLine>[0]);
  for (const text of [list, detail, line]) {
    assert.doesNotMatch(text, RAW);
    assert.match(text, /evil\\x1b\[2J/);
  }
  assert.match(line, /latency\\x1b\[2J.*=9\\x1b/);
  assert.ok(list.split('\n').some((l) => l.startsWith('other\\x0aforged ')), 'a newline in a name does not start a row');
  assert.match(detail, /\n {2}42 {2}latency/);
});
