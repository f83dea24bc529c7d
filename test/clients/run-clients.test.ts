// The real clients, pinned as devDependencies, against real faults: each assertion is a default their docs state.
// Sources for every fact: docs/clients.md, "What the libraries document".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSocklabError, runClients, type ClientCase, type ClientsResult } from '../../src/index.js';
import { classifyCase } from '../../src/clients/classify-case.js';

// Three independent runs at once (each case has its own ports and paths): the slowest is undici's RetryAgent
// backing off 0.5 + 1 + 2 + 4 + 8 s on a refused GET; its cap leaves room for a loaded machine (15.5 s of backoff
// alone under the default 20 s cap came out 'waiting' after 5 attempts at a load average of 27).
const runs = {
  node: runClients({
    clients: ['node-http', 'node-http-close', 'fetch', 'got', 'axios', 'axios-retry', 'superagent', 'node-fetch'],
    faults: ['refused', 'reset-before-response', 'keepalive-race', 'unresolvable-name'],
    classify: classifyCase,
  }),
  undici: runClients({ clients: ['undici', 'undici-retry'], faults: ['refused', 'keepalive-race'], maxWaitMs: 60_000 }),
  ky: runClients({ clients: ['ky'], faults: ['refused', 'silent-peer'], maxWaitMs: 12_000 }),
};
for (const run of Object.values(runs)) run.catch(() => undefined); // each test below awaits its run and reports a failure

function pick(result: ClientsResult, client: string, fault: string, method: 'GET' | 'POST'): ClientCase {
  const found = result.cases.find((c) => c.client === client && c.fault === fault && c.method === method);
  assert.ok(found, `${client} ${fault} ${method} was measured`);
  return found;
}

/** The gaps between attempts, in ms. */
const gaps = (c: ClientCase): number[] => c.attemptsAtMs.slice(1).map((t, i) => t - c.attemptsAtMs[i]!);

function assertError(c: ClientCase, code: string, codeDepth = 0): void {
  assert.equal(c.outcome.kind, 'error', JSON.stringify(c.outcome));
  if (c.outcome.kind !== 'error') return;
  assert.equal(c.outcome.code, code, JSON.stringify(c.outcome.chain));
  assert.equal(c.outcome.codeDepth, codeDepth, JSON.stringify(c.outcome.chain));
}

test('got retries GET (limit 2, 1 s then 2 s apart) on ECONNREFUSED, ECONNRESET and ENOTFOUND, and never retries POST', async () => {
  const r = await runs.node;
  for (const fault of ['refused', 'reset-before-response', 'unresolvable-name']) {
    const get = pick(r, 'got', fault, 'GET');
    assert.equal(get.attempts, 3, `${fault} GET`);
    const [first, second] = gaps(get);
    assert.ok(first! >= 995 && second! >= 1995, `backoff ${gaps(get).join(', ')}`);
    assert.equal(pick(r, 'got', fault, 'POST').attempts, 1, `${fault} POST`);
  }
  assertError(pick(r, 'got', 'refused', 'GET'), 'ECONNREFUSED');
  assert.equal(pick(r, 'got', 'reset-before-response', 'GET').received, 3);
  assert.equal(pick(r, 'got', 'reset-before-response', 'POST').received, 1);
  const race = pick(r, 'got', 'keepalive-race', 'GET');
  assert.deepEqual([race.outcome.kind, race.attempts, race.received], ['response', 2, 1]);
  assertError(pick(r, 'got', 'keepalive-race', 'POST'), 'ECONNRESET');
});

test('axios retries nothing; axios-retry retries network errors 3 times without delay, POST included, but not ENOTFOUND on POST', async () => {
  const r = await runs.node;
  for (const fault of ['refused', 'reset-before-response', 'keepalive-race', 'unresolvable-name']) {
    for (const method of ['GET', 'POST'] as const) assert.equal(pick(r, 'axios', fault, method).attempts, 1, `axios ${fault} ${method}`);
  }
  const post = pick(r, 'axios-retry', 'reset-before-response', 'POST');
  assert.deepEqual([post.attempts, post.received], [4, 4], 'the server got the POST four times');
  assertError(post, 'ECONNRESET');
  assert.equal(pick(r, 'axios-retry', 'refused', 'POST').attempts, 4);
  assert.ok(gaps(pick(r, 'axios-retry', 'refused', 'GET')).every((g) => g < 900), 'no delay between retries');
  // isNetworkError leaves ENOTFOUND to is-retry-allowed's deny list; isIdempotentRequestError still retries it on GET.
  assert.equal(pick(r, 'axios-retry', 'unresolvable-name', 'GET').attempts, 4);
  assert.equal(pick(r, 'axios-retry', 'unresolvable-name', 'POST').attempts, 1);
  const race = pick(r, 'axios-retry', 'keepalive-race', 'POST');
  assert.deepEqual([race.outcome.kind, race.attempts, race.received], ['response', 2, 1]);
});

test('axios-retry does not retry a body cut mid-way (ERR_BAD_RESPONSE, stream has been aborted): axios sets err.response', async () => {
  const r = await runClients({ clients: ['axios-retry'], faults: ['reset-mid-body'], classify: classifyCase });
  for (const method of ['GET', 'POST'] as const) {
    const cut = pick(r, 'axios-retry', 'reset-mid-body', method);
    assertError(cut, 'ERR_BAD_RESPONSE');
    assert.equal(cut.outcome.kind === 'error' && cut.outcome.chain[0]!.message, 'stream has been aborted');
    // classify reads axios' words: the peer closed mid-body, so only a request that may run twice is sent again.
    assert.deepEqual([cut.classification?.kind, cut.classification?.phase, cut.classification?.retry], ['peer-closed', 'read', 'idempotent-only'], method);
    // An error axios-retry takes is retried 3 times (4 attempts, as axios 1.15 did with this one). Under load the RST
    // can beat the headers to an attempt (ECONNRESET, retried), so the cut body ends the case at attempt 1 or 2.
    assert.ok(cut.attempts < 4, `${method}: ${cut.attempts} attempts`);
    assert.equal(cut.received, cut.attempts, method);
  }
});

test('node:http retries nothing and reports req.reusedSocket: true when a pooled keep-alive socket was closed under it', async () => {
  const r = await runs.node;
  for (const method of ['GET', 'POST'] as const) {
    const race = pick(r, 'node-http', 'keepalive-race', method);
    assertError(race, 'ECONNRESET');
    assert.equal(race.outcome.kind === 'error' && race.outcome.chain[0]!.message, 'socket hang up');
    assert.deepEqual([race.attempts, race.received, race.notes.reusedSocket], [1, 0, true]);
    const fresh = pick(r, 'node-http-close', 'keepalive-race', method);
    assert.deepEqual([fresh.outcome.kind, fresh.attempts, fresh.notes.reusedSocket], ['response', 1, false]);
  }
  const refused = pick(r, 'node-http', 'refused', 'GET');
  assertError(refused, 'ECONNREFUSED');
  // socklab/net's reading, with the reusedSocket note: the race struck the idle pooled connection.
  const race = pick(r, 'node-http', 'keepalive-race', 'POST').classification;
  assert.deepEqual([race?.kind, race?.origin, race?.phase, race?.reusedSocket, race?.retry], ['peer-closed', { source: 'library', by: 'node', code: 'ECONNRESET' }, 'idle', true, 'idempotent-only']);
  assert.deepEqual([refused.classification?.errno, refused.classification?.phase, refused.classification?.retry], ['ECONNREFUSED', 'connect', 'safe']);
  const unresolved = pick(r, 'got', 'unresolvable-name', 'GET').classification;
  assert.deepEqual([unresolved?.kind, unresolved?.origin?.source, unresolved?.retry], ['resolution', 'resolver', 'unsafe']);
  assert.equal(pick(r, 'node-http-close', 'keepalive-race', 'GET').classification, undefined, 'no error, no classification');
  assert.deepEqual(refused.outcome.kind === 'error' && [refused.outcome.chain[0]!.syscall, refused.outcome.chain[0]!.errno], ['connect', -111]);
});

test('fetch puts the errno on err.cause ("fetch failed"); node-fetch and superagent retry nothing; superagent does not pool', async () => {
  const r = await runs.node;
  const fetchRefused = pick(r, 'fetch', 'refused', 'GET');
  assertError(fetchRefused, 'ECONNREFUSED', 1);
  assert.equal(fetchRefused.outcome.kind === 'error' && fetchRefused.outcome.chain[0]!.message, 'fetch failed');
  const name = pick(r, 'fetch', 'unresolvable-name', 'GET');
  assertError(name, 'ENOTFOUND', 1);
  assert.equal(name.outcome.kind === 'error' && name.outcome.chain[1]!.hostname, 'socklab-clients.invalid');
  assertError(pick(r, 'node-fetch', 'refused', 'POST'), 'ECONNREFUSED');
  for (const client of ['node-fetch', 'superagent']) assert.equal(pick(r, client, 'reset-before-response', 'GET').attempts, 1);
  const race = pick(r, 'superagent', 'keepalive-race', 'GET');
  assert.deepEqual([race.outcome.kind, race.attempts, race.received], ['response', 1, 1], 'a new connection per request');
});

test('undici\'s RetryAgent retries GET 5 times (0.5, 1, 2, 4, 8 s apart) on ECONNREFUSED and UND_ERR_SOCKET, never POST; plain undici never', async () => {
  const r = await runs.undici;
  const refused = pick(r, 'undici-retry', 'refused', 'GET');
  assertError(refused, 'ECONNREFUSED');
  assert.equal(refused.attempts, 6);
  gaps(refused).forEach((gap, i) => assert.ok(gap >= 500 * 2 ** i - 5, `gap ${i}: ${gap} ms`));
  assert.equal(pick(r, 'undici-retry', 'refused', 'POST').attempts, 1);
  const race = pick(r, 'undici-retry', 'keepalive-race', 'GET');
  assert.deepEqual([race.outcome.kind, race.attempts], ['response', 2]);
  assertError(pick(r, 'undici-retry', 'keepalive-race', 'POST'), 'UND_ERR_SOCKET');
  for (const fault of ['refused', 'keepalive-race']) assert.equal(pick(r, 'undici', fault, 'GET').attempts, 1);
  assertError(pick(r, 'undici', 'keepalive-race', 'GET'), 'UND_ERR_SOCKET');
});

test('ky retries GET twice (0.3 s then 0.6 s) but not POST, and gives up after its 10 s timeout without retrying', async () => {
  const r = await runs.ky;
  const get = pick(r, 'ky', 'refused', 'GET');
  assert.equal(get.attempts, 3);
  assert.ok(gaps(get)[0]! >= 295 && gaps(get)[1]! >= 595, `backoff ${gaps(get).join(', ')}`);
  assertError(get, 'ECONNREFUSED', 1);
  assert.equal(pick(r, 'ky', 'refused', 'POST').attempts, 1);
  for (const method of ['GET', 'POST'] as const) {
    const silent = pick(r, 'ky', 'silent-peer', method);
    assert.equal(silent.outcome.kind === 'error' && silent.outcome.chain[0]!.name, 'TimeoutError');
    assert.ok(silent.ms >= 9_990 && silent.ms < 12_000, `${silent.ms} ms`);
    assert.deepEqual([silent.attempts, silent.received], [1, 1]);
  }
});

test('a run reports versions, the cap and the slow delay, and one case per client x fault x method in order', async () => {
  const r = await runs.node;
  assert.equal(r.cases.length, 8 * 4 * 2);
  assert.deepEqual(r.cases.slice(0, 2).map((c) => `${c.client} ${c.fault} ${c.method}`), ['node-http refused GET', 'node-http refused POST']);
  const got = r.clients.find((c) => c.id === 'got')!;
  assert.equal(got.status, 'ready');
  assert.match(got.packages[0]!.version ?? '', /^\d+\.\d+\.\d+$/);
  assert.deepEqual(r.clients.find((c) => c.id === 'fetch')!.packages.map((p) => p.name), ['node', 'undici (bundled)']);
  assert.deepEqual([r.maxWaitMs, r.slowMs, r.methods], [20_000, 12_000, ['GET', 'POST']]);
});

test('an unknown client or fault is a SocklabError naming the known ones, with a did-you-mean', async () => {
  await assert.rejects(runClients({ clients: ['gott'] }), (e: unknown) => isSocklabError(e) && e.code === 'SOCKLAB_CLIENTS_UNKNOWN_NAME' && /Unknown client "gott"\. Did you mean got\?/.test(e.message));
  await assert.rejects(runClients({ faults: ['silent'] }), (e: unknown) => isSocklabError(e) && /Unknown fault "silent"\..*Known: refused, unresolvable-name/.test(e.message));
});
