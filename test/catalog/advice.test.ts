// The catalog's advice for a phase or call: the agreed phase -> calls mapping, and explain, scan and doctor using it alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALLS_OF_PHASE, callEffectsAt, catalogAdvice, recognitionAdvice } from '../../src/catalog/advice.js';
import { ERRNO_ENTRIES } from '../../src/catalog/data/entries.js';
import { explain } from '../../src/catalog/explain.js';
import { recognizeLine } from '../../src/catalog/recognize.js';
import { renderExplainText } from '../../src/catalog/render/explain-text.js';
import { ERRNO_NAMES } from '../../src/catalog/types.js';
import { errnoLink } from '../../src/doctor/errno-link.js';
import { scanLogs } from '../../src/scan/scan-logs.js';

test('the agreed mapping: a read failure is read() or poll(), a close is close() or shutdown()', () => {
  assert.deepEqual(CALLS_OF_PHASE, {
    connect: ['connect'], read: ['read', 'poll'], write: ['write'], accept: ['accept'], dns: ['getaddrinfo'],
    close: ['close', 'shutdown'], unknown: [],
  });
});

test('the row follows the phase, or the call, and falls back to the entry\'s first row', () => {
  const reset = ERRNO_ENTRIES.ECONNRESET;
  const row = (call: string) => reset.calls.find((c) => c.call === call)!;
  assert.deepEqual(catalogAdvice('ECONNRESET', { phase: 'connect' }), { summary: reset.summary, call: 'connect', remedy: row('connect').remedy, retry: 'safe' });
  assert.equal(catalogAdvice('ECONNRESET', { phase: 'write' }).retry, 'idempotent-only');
  assert.equal(catalogAdvice('ECONNRESET', { call: 'recv' }).call, 'read', 'recv is a read');
  assert.equal(catalogAdvice('ECONNRESET', { call: 'connect' }).call, 'connect');
  assert.equal(catalogAdvice('ECONNRESET', { phase: 'accept' }).call, reset.calls[0]!.call, 'no accept row: the first');
  assert.equal(catalogAdvice('ECONNRESET').call, reset.calls[0]!.call);
  assert.equal(catalogAdvice('ENOTCONN', { phase: 'close' }).call, 'shutdown');
  assert.equal(catalogAdvice('EAI_AGAIN', { phase: 'dns' }).retry, 'safe', 'resolver codes have rows too');
});

test('no code or an unknown name gives no advice rather than an error', () => {
  const silent = { summary: null, call: null, remedy: null, retry: null };
  assert.deepEqual(catalogAdvice(null, { phase: 'read' }), silent);
  assert.deepEqual(catalogAdvice('ENOTANERRNO', { phase: 'read' }), silent);
});

test('a recognition without a catalog code gets its kind\'s rule: transient before connecting, idempotent-only after', () => {
  const advice = (line: string) => recognitionAdvice(recognizeLine(line)[0]!);
  assert.equal(advice('Error: socket hang up').retry, 'idempotent-only', "Node's own ECONNRESET is not the kernel's");
  assert.equal(advice("TimeoutError: Timeout awaiting 'connect' for 100ms").retry, 'safe');
  assert.equal(advice("TimeoutError: Timeout awaiting 'response' for 100ms").retry, 'idempotent-only');
  assert.equal(advice('Error: connect ETIMEDOUT 192.0.2.9:80').retry, 'safe');
  assert.equal(advice('Error: getaddrinfo ENOTFOUND db.invalid').retry, 'after-fix');
  assert.equal(advice('TypeError: fetch failed').retry, null, 'a wrapper names no cause');
});

test('explain shows, doctor links and scan groups the same row for every catalog code and phase', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'advice-'));
  try {
    for (const name of ERRNO_NAMES) {
      const entry = ERRNO_ENTRIES[name];
      for (const [phase, calls] of Object.entries(CALLS_OF_PHASE)) {
        if (phase === 'unknown') continue;
        const advice = catalogAdvice(name, { phase: phase as keyof typeof CALLS_OF_PHASE });
        assert.equal(advice.call, callEffectsAt(entry, [{ phase: phase as keyof typeof CALLS_OF_PHASE }])[0]!.call);
        assert.equal(errnoLink(name, calls[0]).remedy, advice.remedy, `doctor: ${name} ${phase}`);
      }
    }
    // scan and explain over real lines: each group's remedy is the catalog's row for its phase, and explain shows that row.
    const lines = ['Error: read ECONNRESET', 'Error: connect ECONNRESET 127.0.0.1:80', 'Error: write EPIPE', 'Error: getaddrinfo EAI_AGAIN db'];
    const file = join(dir, 'app.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await scanLogs([file]);
    for (const group of result.groups) {
      const advice = catalogAdvice(group.errno, { phase: group.phase });
      assert.equal(group.remedy, advice.remedy, `scan: ${group.errno} ${group.phase}`);
      const line = lines.find((l) => l.includes(group.errno ?? '-') && l.includes(group.phase === 'dns' ? 'getaddrinfo' : group.phase ?? '-'))!;
      assert.ok(renderExplainText(explain(line), { color: false }).includes(`${advice.call}()`), `explain: ${line}`);
    }
    assert.equal(result.groups.length, lines.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
