// Matrix cells: the outcome word, + retries, ! duplicate POSTs, * when only a cause has the code; cut but marks kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellText, cellTone } from '../../../src/clients/render/case-cell.js';
import { clientsFixture } from '../../helpers/clients-fixture.js';

test('each kind of outcome has its cell and tone', () => {
  const cells = clientsFixture().cases.map((c) => [cellText(c), cellTone(c)]);
  assert.deepEqual(cells, [
    ['ECONNREFUSED+2', 'error'], ['ECONNREFUSED', 'error'], ['ok+1', 'ok'], ['ECONNRESET+3!', 'error'], ['waiting', 'waiting'], ['n/a', 'failed'],
    ['ECONNREFUSED*', 'error'], ['ECONNREFUSED*', 'error'], ['UND_ERR_REQ_RETRY_VERY_LONG_CODE+1', 'error'], ['TimeoutError', 'error'],
    ['waiting', 'waiting'], ['waiting', 'waiting'],
  ]);
});

test('a cell cut to a width keeps its marks', () => {
  const long = clientsFixture().cases[8]!;
  assert.equal(cellText(long, 14), 'UND_ERR_REQ…+1');
  assert.equal(cellText(long, 14).length, 14);
});
