// Tests each findings rule on groups built from hits, and that only the top three by score survive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveFindings } from '../../src/scan/findings.js';
import { GroupTable } from '../../src/scan/group-table.js';
import type { ErrorEvent } from '../../src/scan/event-assembler.js';
import type { LineHit } from '../../src/scan/recognizer.js';

const T0 = Date.UTC(2026, 10, 24, 14, 0, 0);
const hit = (errno: string | null, ecosystem: string, phase: LineHit['phase'], peer: string | null): LineHit => ({ errno, kind: errno === null ? 'peer-closed' : 'errno', origin: { source: 'kernel' }, ecosystem, phase, peer, patternId: `${ecosystem}.x` });

const event = (h: LineHit, at: number | null, line: number): ErrorEvent => ({ hit: h, patternIds: [h.patternId], at, source: 'a.log', line, text: 'x' });

function findings(add: (table: GroupTable) => void): ReturnType<typeof deriveFindings> {
  const table = new GroupTable();
  add(table);
  return deriveFindings(table.sorted(), table.timeline, table.hits);
}

test('peer-share names the peer, its share, when it started and the usual cause', () => {
  const result = findings((t) => {
    for (let m = 0; m < 30; m++) t.add(event(hit('ECONNRESET', 'node', 'read', null), T0 + m * 60_000, m + 1));
    for (let i = 0; i < 90; i++) t.add(event(hit('ECONNRESET', 'go', 'read', '10.0.0.5:5432'), T0 + 120 * 60_000 + i * 1000, 100 + i));
  });
  const share = result.find((f) => f.rule === 'peer-share');
  assert.equal(share?.text, '75% of ECONNRESET (90 of 120) hit 10.0.0.5:5432 and started at 16:00: the peer restarted or a middlebox dropped idle connections.');
});

test('burst reports its start, peak minute and the group that dominates it', () => {
  const result = findings((t) => {
    for (let m = 0; m < 20; m++) t.add(event(hit('ETIMEDOUT', 'java', 'read', null), T0 + m * 60_000, m));
    for (let i = 0; i < 40; i++) t.add(event(hit('ECONNREFUSED', 'nginx', 'connect', '10.0.0.8:3000'), T0 + 10 * 60_000 + i * 1000, 100 + i));
  });
  assert.equal(result[0]?.rule, 'burst');
  assert.match(result[0]!.text, /^A burst started at 14:10 \(2026-11-24\): 41 errors in the minute 14:10, 41x the usual 1\/min, mostly ECONNREFUSED \(nginx to 10\.0\.0\.8:3000\)\./);
});

test('phase says which phase dominates, in plain words', () => {
  const result = findings((t) => {
    for (let i = 0; i < 8; i++) t.add(event(hit('ENOTFOUND', i % 2 === 0 ? 'node' : 'python', 'dns', `h${i}.example`), null, i));
  });
  assert.ok(result.some((f) => f.rule === 'phase' && f.text === '100% of errors happen during dns: name resolution fails: check the resolver, DNS servers and search domains.'));
});

test('shared-peer notices one peer failing for several ecosystems', () => {
  const result = findings((t) => {
    for (let i = 0; i < 3; i++) t.add(event(hit('ECONNREFUSED', 'node', 'connect', 'db:5432'), null, i));
    for (let i = 0; i < 3; i++) t.add(event(hit('ECONNREFUSED', 'python', 'connect', 'db:5432'), null, 10 + i));
  });
  assert.ok(result.some((f) => f.rule === 'shared-peer' && f.text.startsWith('db:5432 fails for 2 different clients (node, python; 6 errors)')));
});

test('few hits give no findings, and never more than three', () => {
  assert.deepEqual(findings((t) => t.add(event(hit('EPIPE', 'node', 'write', null), null, 1))), []);
  const many = findings((t) => {
    for (let i = 0; i < 50; i++) t.add(event(hit('ECONNRESET', ['go', 'node', 'java'][i % 3]!, 'read', 'p:1'), T0 + (i < 40 ? 0 : i) * 60_000, i));
  });
  assert.equal(many.length, 3);
  assert.ok(many[0]!.score >= many[1]!.score && many[1]!.score >= many[2]!.score);
});
