// The clients' part of the HTML report: the matrix with filters and errno cards, every case, everything escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientsReportPart, renderClientsReport } from '../../../src/clients/render/clients-report.js';
import { chained, clientsFixture } from '../../helpers/clients-fixture.js';

test('the page has the matrix (a row per client and method, tagged for the filters), the details and the errno cards', () => {
  const page = renderClientsReport(clientsFixture(), new Date('2026-11-28T10:00:00Z'));
  assert.match(page, /<h1>socklab clients report<\/h1>\n<p>HTTP clients on socklab&#39;s faults, on loopback, 2026-11-28 10:00 UTC<\/p>/);
  const rows = [...page.matchAll(/<tr data-filter-value="([^"]*)"><th scope="row">([^<]+)<\/th><td>(GET|POST)<\/td>/g)].map((m) => `${m[2]} ${m[3]}: ${m[1]}`);
  assert.deepEqual(rows, ['got GET: GET retried', 'got POST: POST retried duplicate', 'fetch GET: GET retried', 'fetch POST: POST']);
  assert.match(page, /<td class="cell tone-error" title="ECONNREFUSED\* after 3 ms; the server received it 0 times"><button type="button" class="errno" data-errno="ECONNREFUSED">ECONNREFUSED\*<\/button>/);
  assert.match(page, /<button type="button" data-filter="duplicate" aria-pressed="false">Duplicate POST<\/button>/);
  assert.match(page, /<template id="errno-card-ECONNREFUSED">/);
  assert.match(page, /<template id="errno-card-ECONNRESET">/);
  assert.match(page, /<li style="margin-left: 0em">RequestError \[ECONNREFUSED\]: connect ECONNREFUSED 127\.0\.0\.1:4000 \(errno -111, syscall connect\)<\/li><li style="margin-left: 1em">cause: Error \[ECONNREFUSED\]/);
  assert.match(page, /<p>ky: ky is not installed in \/srv\/app/);
});

test('text from a run is escaped, and section ids carry the part\'s prefix', () => {
  const result = clientsFixture();
  const hostile = { ...result, cases: result.cases.map((c, i) => (i === 0 ? { ...c, outcome: { kind: 'error' as const, chain: [chained('Error', '<script>alert(1)</script>')] } } : c)) };
  const page = renderClientsReport(hostile);
  assert.ok(!page.includes('<script>alert(1)'));
  assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.deepEqual(clientsReportPart(result).sections.map((s) => s.id), ['clients-matrix', 'clients-details']);
});
