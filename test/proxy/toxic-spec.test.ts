// Toxic bodies as Toxiproxy 2.12 reads them: wrong types in its words, its check order, "UPSTREAM", toxicity null.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProxy } from '../../src/index.js';
import { echoUpstream, jsonRequest, rig } from '../helpers/proxy-fixtures.js';

const goError = (message: string): { error: string; status: number } => ({ error: `bad request body: json: ${message}`, status: 400 });

test('wrong JSON types are 400s with Toxiproxy\'s message, never a 500', async () => {
  const r = await rig(await echoUpstream());
  try {
    const cases: [unknown, string][] = [
      [{ type: { toString: 1 } }, 'cannot unmarshal object into Go struct field ToxicWrapper.type of type string'],
      [{ type: 'latency', name: 7 }, 'cannot unmarshal number into Go struct field ToxicWrapper.name of type string'],
      [{ type: 'latency', stream: ['up'] }, 'cannot unmarshal array into Go struct field ToxicWrapper.stream of type string'],
      [{ type: 'latency', toxicity: '0.5' }, 'cannot unmarshal string into Go struct field ToxicWrapper.toxicity of type float32'],
      [[], 'cannot unmarshal array into Go value of type toxics.ToxicWrapper'],
    ];
    for (const [body, message] of cases) assert.deepEqual(await r.toxic(body), { status: 400, body: goError(message) }, message);
    assert.equal((await r.toxic({ type: 'latency', name: 'l' })).status, 200);
    const update = await fetch(`${r.server.url}/proxies/p/toxics/l`, jsonRequest('PATCH', { toxicity: 'all', attributes: {} }));
    assert.deepEqual(await update.json(), goError('cannot unmarshal string into Go struct field .toxicity of type float32'));
    const attrs = await fetch(`${r.server.url}/proxies/p/toxics/l`, jsonRequest('PATCH', { attributes: [1] }));
    assert.deepEqual(await attrs.json(), goError('cannot unmarshal array into Go struct field .attributes of type toxics.LatencyToxic'));
  } finally {
    await r.done();
  }
});

test('"stream": "UPSTREAM" acts upstream and names the toxic latency_UPSTREAM, as Toxiproxy does', async () => {
  const r = await rig(await echoUpstream());
  try {
    const res = await r.toxic({ type: 'latency', stream: 'UPSTREAM' });
    assert.deepEqual(res, { status: 200, body: { attributes: { latency: 0, jitter: 0 }, name: 'latency_UPSTREAM', type: 'latency', stream: 'upstream', toxicity: 1 } });
    assert.equal((await r.toxic({ type: 'latency', stream: 'upstream' })).status, 200, 'latency_upstream is another name');
    assert.equal((await fetch(`${r.server.url}/proxies/p/toxics/latency_UPSTREAM`)).status, 200);
  } finally {
    await r.done();
  }
});

test('checks come in Toxiproxy\'s order: a taken name is 409 even when the attributes are bad', async () => {
  const r = await rig(await echoUpstream());
  try {
    assert.equal((await r.toxic({ type: 'latency' })).status, 200);
    assert.equal((await r.toxic({ type: 'latency', attributes: { latency: 'x' } })).status, 409);
    assert.equal((await r.toxic({ type: 'nope', stream: 'sideways' })).status, 400);
    assert.deepEqual((await r.toxic({ type: 'nope', stream: 'sideways' })).body, { error: 'stream was invalid, can be either upstream or downstream', status: 400 });
  } finally {
    await r.done();
  }
});

test('toxicity null keeps the default (200, as Toxiproxy); a toxic name with a control character is refused', async () => {
  const r = await rig(await echoUpstream());
  try {
    assert.equal(((await r.toxic({ type: 'noop', toxicity: null })).body as { toxicity: number }).toxicity, 1);
    const bad = await r.toxic({ type: 'noop', name: 'x\n2024-01-01 fake log line' });
    assert.deepEqual(bad, { status: 400, body: { error: 'bad request body: toxic name contains a control character (U+000A at index 1)', status: 400 } });
  } finally {
    await r.done();
  }
});

test('the library checks the same way: createProxy().addToxic refuses unknown attributes and odd names', async () => {
  const up = await echoUpstream();
  const proxy = await createProxy({ upstream: up.address });
  try {
    await assert.rejects(proxy.addToxic({ type: 'latency', attributes: { latenc: 1 } as Record<string, number> }), /attribute "latenc" is unknown to latency/);
    await assert.rejects(proxy.addToxic({ type: 'noop', name: '\u001b]0;x\u0007' }), /control character/);
  } finally {
    await proxy.close();
    await up.close();
  }
});
