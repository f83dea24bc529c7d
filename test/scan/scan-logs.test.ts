// Tests scanLogs end to end on real files: the ecosystem corpus, gzip, stdin, a 100 MB line, binary junk, empty input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { scanLogs, type ScanGroup } from '../../src/index.js';

const fixtures = new URL('../../../test/fixtures/scan/', import.meta.url);
const corpusPath = new URL('corpus.log', fixtures).pathname;
const expected = JSON.parse(readFileSync(new URL('corpus.expected.json', fixtures), 'utf8')) as {
  lines: number; matchedLines: number; groups: Pick<ScanGroup, 'errno' | 'ecosystem' | 'phase' | 'peer' | 'count'>[];
};
const key = (g: Pick<ScanGroup, 'errno' | 'ecosystem' | 'phase' | 'peer'>): string => `${g.errno}|${g.ecosystem}|${g.phase}|${g.peer}`;

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-scan-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('the corpus gives the expected counts per errno, ecosystem, phase and peer', async () => {
  const result = await scanLogs([corpusPath], { year: 2026 });
  assert.equal(result.totals.lines, expected.lines);
  assert.equal(result.totals.matchedLines, expected.matchedLines);
  assert.deepEqual(new Map(result.groups.map((g) => [key(g), g.count])), new Map(expected.groups.map((g) => [key(g), g.count])));
  const ecosystems = new Set(result.groups.map((g) => g.ecosystem));
  for (const e of ['node', 'python', 'java', 'go', 'dotnet', 'rust', 'curl', 'nginx', 'haproxy', 'postgres', 'mysql']) assert.ok(ecosystems.has(e), e);
});

test('a group carries first/last seen, a per-minute histogram, two samples with file:line, and catalog advice', async () => {
  const result = await scanLogs([corpusPath], { year: 2026 });
  const go = result.groups.find((g) => key(g) === 'ECONNRESET|go|read|10.0.0.5:5432');
  assert.ok(go !== undefined);
  assert.equal(go.count, 32);
  assert.equal(go.lastSeen?.slice(0, 16), '2026-11-24T14:12');
  assert.equal(go.histogram.bucketSeconds, 60);
  assert.equal(go.histogram.counts.reduce((a, b) => a + b, 0), 32);
  assert.equal(Math.max(...go.histogram.counts), 30);
  assert.equal(go.samples.length, 2);
  for (const s of go.samples) {
    assert.equal(s.source, corpusPath);
    assert.ok(readFileSync(corpusPath, 'utf8').split('\n')[s.line - 1]!.startsWith(s.text.slice(0, 40)));
  }
  assert.match(go.explanation ?? '', /RST/);
  assert.ok((go.remedy ?? '').length > 20);
});

test('the findings name the burst and the peer that takes most resets', async () => {
  const result = await scanLogs([corpusPath], { year: 2026 });
  assert.equal(result.findings.length, 3);
  assert.deepEqual(result.findings.map((f) => f.rule), ['burst', 'shared-peer', 'peer-share']);
  assert.match(result.findings[0]!.text, /^A burst started at 14:12 .*30 errors in the minute 14:12.*ECONNRESET \(go to 10\.0\.0\.5:5432\)/);
  assert.match(result.findings[2]!.text, /^64% of ECONNRESET \(32 of 50\) hit 10\.0\.0\.5:5432: the peer restarted or a middlebox dropped idle connections\.$/);
});

test('gzip is detected by magic bytes, whatever the file name', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'rotated.log.1');
  writeFileSync(path, gzipSync(readFileSync(corpusPath)));
  const result = await scanLogs([path], { year: 2026 });
  assert.equal(result.sources[0]!.gzip, true);
  assert.equal(result.totals.lines, expected.lines);
  assert.equal(result.totals.matchedLines, expected.matchedLines);
});

test('`-` reads stdin', async () => {
  const stdin = Readable.from([readFileSync(corpusPath).subarray(0, 5000), readFileSync(corpusPath).subarray(5000)]);
  const result = await scanLogs(['-'], { stdin, year: 2026 });
  assert.equal(result.sources[0]!.name, '-');
  assert.equal(result.totals.matchedLines, expected.matchedLines);
});

test('an empty file scans to zero lines and no findings', async (t) => {
  const path = join(tempDir(t), 'empty.log');
  writeFileSync(path, '');
  const result = await scanLogs([path]);
  assert.deepEqual(result.totals, { bytes: 0, lines: 0, longLines: 0, matchedLines: 0, hits: 0, outsideWindow: 0 });
  assert.deepEqual(result.byErrno, []);
  assert.deepEqual(result.groups, []);
  assert.deepEqual(result.findings, []);
  assert.deepEqual(result.timeline, { start: null, bucketSeconds: 60, counts: [] });
});

test('binary junk and invalid UTF-8 around error lines do not break the scan', async (t) => {
  const path = join(tempDir(t), 'junk.log');
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  writeFileSync(path, Buffer.concat([junk, Buffer.from('\n2026-11-24T14:00:00Z \xff\xfe Error: connect ECONNREFUSED 10.1.1.1:80\n', 'latin1'), junk]));
  const result = await scanLogs([path]);
  const refused = result.groups.find((g) => g.errno === 'ECONNREFUSED' && g.ecosystem === 'node');
  assert.equal(refused?.peer, '10.1.1.1:80');
  assert.equal(refused?.count, 1);
  assert.ok(!/[\x00-\x08]/.test(refused.samples[0]!.text));
  assert.ok(result.totals.lines > 2);
});

test('a 100 MB line is counted, examined only in part, and the lines around it still scan', async (t) => {
  const path = join(tempDir(t), 'long.log');
  const out = createWriteStream(path);
  out.write('2026-11-24T14:00:00Z Error: read ECONNRESET\n');
  const mb = Buffer.alloc(1024 * 1024, 0x78);
  for (let i = 0; i < 100; i++) if (!out.write(mb)) await once(out, 'drain');
  out.end('\n2026-11-24T14:01:00Z Error: write EPIPE\n');
  await once(out, 'finish');
  for (const parallel of [false, true]) {
    const before = process.memoryUsage().rss;
    const result = await scanLogs([path], { parallel });
    assert.equal(result.totals.lines, 3);
    assert.equal(result.totals.longLines, 1);
    assert.equal(result.totals.matchedLines, 2);
    assert.deepEqual(result.groups.map((g) => [g.errno, g.samples[0]!.line]), [['ECONNRESET', 1], ['EPIPE', 3]]);
    assert.ok(result.totals.bytes > 100 * 1024 * 1024);
    assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, `memory stays bounded (parallel ${parallel})`);
  }
});

test('an unreadable source is a SocklabError with the input code', async () => {
  await assert.rejects(scanLogs(['/nonexistent/socklab.log']), { code: 'SOCKLAB_INPUT_UNREADABLE' });
});

test('--follow keeps reading a growing file until the signal aborts', async (t) => {
  const path = join(tempDir(t), 'growing.log');
  writeFileSync(path, '2026-11-24T14:00:00Z Error: read ECONNRESET\n');
  const controller = new AbortController();
  const seen: number[] = [];
  const scan = scanLogs([path], { follow: true, pollMs: 20, signal: controller.signal, onHit: (_hit, s) => {
    seen.push(s.line);
    if (seen.length === 1) appendFileSync(path, 'noise\n2026-11-24T14:00:05Z Error: write EPIPE\n');
    if (seen.length === 2) controller.abort();
  } });
  const timer = setTimeout(() => controller.abort(), 5000);
  const result = await scan;
  clearTimeout(timer);
  assert.deepEqual(seen, [1, 3]);
  assert.equal(result.totals.lines, 3);
  assert.deepEqual(result.groups.map((g) => g.errno).sort(), ['ECONNRESET', 'EPIPE']);
});

const multilinePath = new URL('multiline.log', fixtures).pathname;
const line = (g: ScanGroup): string => `${g.count} ${g.errno} ${g.kind} ${g.ecosystem} ${g.phase} ${g.peer} ${g.firstSeen}`;

test('one error event counts once: a stack, [cause] or traceback block is one event, in exactly one group', async () => {
  const result = await scanLogs([multilinePath]);
  // undici's `fetch failed` with its [cause] block (4 recognised lines each), a Python chain of four exceptions, a
  // Java exception with its Caused by, and one line that two patterns recognise: 5 events from 15 recognised lines.
  assert.equal(result.totals.matchedLines, 15);
  assert.equal(result.totals.hits, 5);
  assert.deepEqual(result.groups.map(line), [
    '2 ECONNREFUSED errno node connect 127.0.0.1:3000 2026-11-24T14:00:00.000Z',
    '1 ECONNREFUSED errno java connect null 2026-11-24T14:03:00.120Z',
    '1 ECONNREFUSED errno python connect 10.0.0.9:8080 2026-11-24T14:02:00.000Z',
    '1 ECONNRESET errno node read null 2026-11-24T14:04:00.000Z',
  ]);
  assert.deepEqual(result.groups[0]!.patternIds, ['node.errno-code-property', 'node.errno-property', 'node.fetch-failed', 'node.syscall-errno']);
  assert.match(result.groups[0]!.samples[0]!.text, /\[cause\]: Error: connect ECONNREFUSED 127\.0\.0\.1:3000/);
});

test("an errno name inside a URL path is not an error (access log `GET /docs/ECONNRESET-guide`)", async () => {
  const result = await scanLogs([multilinePath]);
  const urlLine = readFileSync(multilinePath, 'utf8').split('\n').findIndex((l) => l.includes('/docs/ECONNRESET-guide')) + 1;
  assert.ok(urlLine > 0);
  assert.ok(result.groups.every((g) => g.samples.every((s) => s.line !== urlLine)));
  assert.equal(result.byErrno.find((r) => r.errno === 'ECONNRESET')?.count, 1);
});

test('the per-errno summary gathers one errno from every group, with its ecosystems, phases and peers', async () => {
  const result = await scanLogs([multilinePath]);
  assert.deepEqual(result.byErrno[0], {
    errno: 'ECONNREFUSED', kind: 'errno', count: 4, groups: 3, ecosystems: ['java', 'node', 'python'], phases: { connect: 4 },
    peers: 2, topPeers: [{ peer: '127.0.0.1:3000', count: 2 }, { peer: '10.0.0.9:8080', count: 1 }],
    firstSeen: '2026-11-24T14:00:00.000Z', lastSeen: '2026-11-24T14:03:00.120Z',
  });
  const corpus = await scanLogs([corpusPath], { year: 2026 });
  const refused = corpus.byErrno.find((r) => r.errno === 'ECONNREFUSED')!;
  assert.ok(refused.groups >= 5, 'the corpus spreads ECONNREFUSED over many groups');
  assert.equal(refused.count, corpus.groups.filter((g) => g.errno === 'ECONNREFUSED').reduce((n, g) => n + g.count, 0));
});

test('lines in other scripts are found as explain finds them (Chinese, Russian and German strerror texts)', async (t) => {
  const path = join(tempDir(t), 'localised.log');
  writeFileSync(path, [
    'recv: 连接被对方重设', 'SocketException: Удаленный хост принудительно разорвал существующее подключение',
    'IOException: Die Verbindung wurde vom Kommunikationspartner zurückgesetzt', 'all is well',
  ].join('\n'));
  const result = await scanLogs([path]);
  assert.equal(result.totals.matchedLines, 3);
  assert.deepEqual(result.byErrno.map((r) => `${r.errno} ${r.count}`), ['ECONNRESET 3']);
});

test("Python's host='10.0.0.9', port=8080 gives the peer", async () => {
  const result = await scanLogs([multilinePath]);
  assert.ok(result.groups.some((g) => g.ecosystem === 'python' && g.peer === '10.0.0.9:8080'));
});

test('since and until count only the events in the window; the others are reported as left out', async () => {
  const result = await scanLogs([multilinePath], { since: Date.parse('2026-11-24T14:01:30Z'), until: Date.parse('2026-11-24T14:03:30Z') });
  assert.deepEqual(result.groups.map((g) => g.ecosystem).sort(), ['java', 'python']);
  assert.equal(result.totals.hits, 2);
  assert.equal(result.totals.outsideWindow, 3);
  assert.deepEqual(result.window, { since: '2026-11-24T14:01:30.000Z', until: '2026-11-24T14:03:30.000Z' });
  const undated = await scanLogs(['-'], { stdin: Readable.from(['Error: read ECONNRESET\n']), since: 0 });
  assert.equal(undated.totals.hits, 0);
  assert.equal(undated.totals.outsideWindow, 1);
});
