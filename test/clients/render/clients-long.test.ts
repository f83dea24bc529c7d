// --long: per fault, each case's outcome, timing, attempts, server receipts, notes and its whole cause chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderClientsLong } from '../../../src/clients/render/clients-long.js';
import { clientsFixture } from '../../helpers/clients-fixture.js';

test('every case with its chain, within the width', () => {
  const text = renderClientsLong(clientsFixture(), { color: false, width: 80 });
  for (const line of text.split('\n')) assert.ok(line.length <= 80, JSON.stringify(line));
  assert.match(text, /^refused: Nothing listens\.$/m);
  assert.match(text, /^ {2}got GET: ECONNREFUSED after 3\.1 s; 3 attempts, at 0 ms, 1\.0 s, 3\.1 s; the\n {4}server received it 0 times$/m);
  assert.match(text, /^ {6}RequestError \[ECONNREFUSED\]: connect ECONNREFUSED 127\.0\.0\.1:4000 \(errno\n {6}-111, syscall connect\)$/m);
  assert.match(text, /^ {8}cause: Error \[ECONNREFUSED\]: connect ECONNREFUSED 127\.0\.0\.1:4000 \(errno\n {8}-111, syscall connect\)$/m);
  assert.match(text, /^ {6}classify: ECONNREFUSED \(kernel\), phase connect, retry safe; retry this\n {6}POST: yes$/m);
  assert.match(text, /got POST: ECONNRESET after 3 ms; 4 attempts, at 0 ms, 2 ms, 4 ms, 6 ms; the\n {4}server received it 4 times/);
  assert.match(text, /got GET: still waiting at 20\.0 s/);
  assert.match(text, /got POST: not measured: the warm-up request failed$/m);
  assert.match(text, /fetch POST: still waiting at 20\.0 s; the server received it 1 time;\n {4}reusedSocket true/);
});
