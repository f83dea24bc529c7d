// The matrix fits the width it is given, splitting faults into blocks, with a legend and the clients not measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderClientsMatrix } from '../../../src/clients/render/clients-matrix.js';
import { clientsFixture } from '../../helpers/clients-fixture.js';

const ANSI = /\x1b\[[0-9;]*m/g;

test('at 80, 60 and 40 columns every line fits, and each cell shows up under its fault', () => {
  for (const width of [80, 60, 40]) {
    const text = renderClientsMatrix(clientsFixture(), { color: false, width });
    for (const line of text.split('\n')) assert.ok(line.length <= width, `${width}: ${JSON.stringify(line)}`);
    assert.match(text, /^got +GET {2}ECONNREFUSED\+2/m);
    assert.match(text, /^ +POST {2}ECONNREFUSED\*/m);
    assert.match(text, /ECONNRESET\+3!/);
    assert.match(text, /^ky: not installed: ky is not installed/m);
  }
  const wide = renderClientsMatrix(clientsFixture(), { color: false, width: 120 });
  assert.match(wide, /^ +refused +reset +silent$/m, 'one block when it fits');
  const narrow = renderClientsMatrix(clientsFixture(), { color: false, width: 40 });
  assert.deepEqual(narrow.match(/^ +[a-z].*$/gm)?.map((l) => l.trim().split(/ +/)), [['refused'], ['reset', 'silent']], 'two blocks at 40 columns');
  assert.match(narrow, /^! = the server got the POST more than\nonce$/m, 'a legend entry too long for a line gets lines of its own');
});

test('the header names the run and the versions; the legend explains the marks and the cap; colour only when asked', () => {
  const plain = renderClientsMatrix(clientsFixture(), { color: false, width: 80 });
  assert.match(plain, /^2 clients x 3 faults x GET\/POST, each client with its defaults, in 21 s\./);
  assert.match(plain, /Versions from \/srv\/app: got 14\.6\.5, fetch v20\.20\.2\/6\.24\.1\./);
  assert.match(plain, /\+N = the client retried N times/);
  assert.match(plain, /waiting = no outcome after 20 s/);
  assert.doesNotMatch(plain, ANSI);
  const coloured = renderClientsMatrix(clientsFixture(), { color: true, width: 80 });
  assert.match(coloured, ANSI);
  assert.equal(coloured.replace(ANSI, ''), plain);
});
