// `socklab clients` through main(): typed options, --list, --json is the library's result, text fits the width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main, parseCommandLine } from '../../../src/cli/main.js';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import type { ClientsResult } from '../../../src/index.js';
import { memoryIo } from '../../helpers/memory-io.js';

test('options are read into lists, a duration and flags', () => {
  const parsed = parseCommandLine(['clients', '--clients', 'got,AXIOS_RETRY,got', '--methods', 'post', '--max-wait', '5s', '--long'], memoryIo(), COMMANDS);
  assert.deepEqual({ ...parsed?.options }, { json: false, clients: ['got', 'axios-retry'], faults: undefined, methods: ['POST'], maxWait: 5000, long: true, html: undefined, list: false });
  assert.deepEqual({ ...parseCommandLine(['clients'], memoryIo(), COMMANDS)?.options }, { json: false, clients: undefined, faults: undefined, methods: undefined, maxWait: 20_000, long: false, html: undefined, list: false });
});

test('an unknown client or fault exits 2 naming it, with a did-you-mean', async () => {
  const io = memoryIo();
  assert.equal(await main(['clients', '--clients', 'got,axois'], io), 2);
  assert.match(io.err(), /Invalid --clients "got,axois": expected a comma-separated list of node-http, .*\. Did you mean axios\?/);
  const faults = memoryIo();
  assert.equal(await main(['clients', '--faults', 'refused,'], faults), 2);
  assert.match(faults.err(), /Invalid --faults "refused,"/);
});

test('--list names every client with what is installed here, and every fault', async () => {
  const io = memoryIo();
  assert.equal(await main(['clients', '--list', '--json'], io), 0);
  const list = JSON.parse(io.out()) as { clients: { id: string; status: string }[]; faults: { id: string }[] };
  assert.equal(list.clients.length, 11);
  assert.ok(list.clients.every((c) => c.status === 'ready'), 'this project pins every client as a devDependency');
  assert.equal(list.faults.length, 8);
  const text = memoryIo('', { width: 60 });
  assert.equal(await main(['clients', '--list'], text), 0);
  assert.match(text.out(), /^got +got: got \d+\.\d+\.\d+$/m);
  assert.ok(text.out().split('\n').every((l) => l.length <= 60));
});

test('a run prints the matrix, --long the cause chains, --json exactly the result', async () => {
  const argv = ['clients', '--clients', 'node-http,fetch', '--faults', 'refused,keepalive-race'];
  const json = memoryIo();
  assert.equal(await main([...argv, '--json'], json), 0);
  const result = JSON.parse(json.out()) as ClientsResult;
  assert.deepEqual(result.cases.map((c) => `${c.client} ${c.fault} ${c.method}`), [
    'node-http refused GET', 'node-http refused POST', 'node-http keepalive-race GET', 'node-http keepalive-race POST',
    'fetch refused GET', 'fetch refused POST', 'fetch keepalive-race GET', 'fetch keepalive-race POST',
  ]);
  const io = memoryIo('', { width: 80 });
  assert.equal(await main([...argv, '--long'], io), 0);
  const out = io.out();
  assert.match(out, /^node-http +GET {2}ECONNREFUSED +ECONNRESET$/m);
  assert.match(out, /^fetch +GET {2}ECONNREFUSED\* +UND_ERR_SOCKET\*$/m);
  assert.match(out, /^ {2}node-http GET: ECONNRESET after \d+ ms; the server received it 0 times;\n {4}reusedSocket true$/m);
  assert.match(out, /^ {8}cause: SocketError \[UND_ERR_SOCKET\]: other side closed$/m);
  assert.ok(out.split('\n').every((l) => l.length <= 80));
  assert.equal(io.err(), '');
});
