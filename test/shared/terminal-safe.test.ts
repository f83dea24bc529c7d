// Every text renderer neutralises C0 and C1 controls and ESC sequences in what others control (issue 15 item 4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { doctor } from '../../src/doctor/doctor.js';
import { renderDoctorText } from '../../src/doctor/render/doctor-text.js';
import { renderEventLine } from '../../src/proxy/render/event-line.js';
import { renderSummary } from '../../src/proxy/render/summary.js';
import { renderProxyList } from '../../src/proxy/render/proxy-list.js';
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

test('proxy: names in the log line and the summary; socklab toxic: names from any server', () => {
  const name = `evil${EVIL}`;
  assert.doesNotMatch(renderEventLine({ kind: 'refusing', proxy: name, refusing: true } as Parameters<typeof renderEventLine>[0]), RAW);
  const snapshot = { name, connections: { total: 1 }, bytes: { upstream: 0, downstream: 0 }, fired: { [name]: 1 } };
  assert.doesNotMatch(renderSummary([snapshot] as unknown as Parameters<typeof renderSummary>[0], 1), RAW);
  const proxy = { name, listen: `127.0.0.1:1${EVIL}`, upstream: 'x', enabled: true, toxics: [{ name, type: 'latency', stream: 'downstream', toxicity: 1, attributes: {} }] };
  assert.doesNotMatch(safeOutput(renderProxyList({ [name]: proxy } as unknown as Parameters<typeof renderProxyList>[0], 80)), RAW);
});
