// Attribute validation: unknown names and wrong types are 400s (types in Toxiproxy's words), values that crash or hang
// Toxiproxy are 400s naming the attribute, negatives Toxiproxy takes as 0 are 0, and the server lives on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, jsonRequest, payload, readAll, rig, sha256 } from '../helpers/proxy-fixtures.js';

const refused: [string, unknown, string][] = [
  ['slicer average_size 0', { type: 'slicer', attributes: { average_size: 0 } }, 'average_size'],
  ['slicer size_variation >= average_size', { type: 'slicer', attributes: { average_size: 10, size_variation: 10 } }, 'size_variation'],
  ['slicer size_variation negative', { type: 'slicer', attributes: { average_size: 10, size_variation: -1 } }, 'size_variation'],
  ['bandwidth rate 0', { type: 'bandwidth', attributes: { rate: 0 } }, 'rate'],
  ['bandwidth rate negative', { type: 'bandwidth', attributes: { rate: -5 } }, 'rate'],
  ['close_wait delay negative (socklab toxic: no Toxiproxy habit to keep)', { type: 'close_wait', attributes: { delay: -1 } }, 'delay'],
  ['toxicity above 1', { type: 'latency', toxicity: 2 }, 'toxicity'],
];

// Toxiproxy's own messages for values of the wrong JSON type (its attributes are Go int64 fields).
const typeErrors: [string, unknown, string][] = [
  ['a string', { type: 'latency', attributes: { latency: '100' } }, 'json: cannot unmarshal string into Go struct field LatencyToxic.attributes.latency of type int64'],
  ['a fraction', { type: 'limit_data', attributes: { bytes: 1.5 } }, 'json: cannot unmarshal number 1.5 into Go struct field LimitDataToxic.attributes.bytes of type int64'],
  ['beyond int64', { type: 'latency', attributes: { latency: 1e308 } }, 'json: cannot unmarshal number 1e+308 into Go struct field LatencyToxic.attributes.latency of type int64'],
  ['reset_peer (Go calls it ResetToxic)', { type: 'reset_peer', attributes: { timeout: true } }, 'json: cannot unmarshal bool into Go struct field ResetToxic.attributes.timeout of type int64'],
  ['attributes not an object', { type: 'latency', attributes: 5 }, 'json: cannot unmarshal number into Go struct field ToxicWrapper.attributes of type toxics.NoopToxic'],
];

test('values that would crash or hang Toxiproxy, and out-of-range ones, are 400s naming the attribute', async () => {
  const r = await rig(await echoUpstream());
  try {
    for (const [label, body, attribute] of refused) {
      const res = await r.toxic(body);
      assert.equal(res.status, 400, label);
      const err = res.body as { error: string; status: number };
      assert.equal(err.status, 400, label);
      assert.match(err.error, new RegExp(`^bad request body: attribute ${attribute} `), label);
    }
    assert.equal((await r.toxic({ type: 'slicer', attributes: { average_size: 10 } })).status, 200);
    const bad = await fetch(`${r.server.url}/proxies/p/toxics/slicer_downstream`, jsonRequest('PATCH', { attributes: { average_size: 0 } }));
    assert.equal(bad.status, 400, 'updates are validated too');
    const data = payload(100_000);
    const s = await dial(r.port);
    const reading = readAll(s);
    s.end(data);
    assert.equal(sha256((await reading).data), sha256(data), 'the server lives on');
  } finally {
    await r.done();
  }
});

test('wrong JSON types get Toxiproxy\'s message', async () => {
  const r = await rig(await echoUpstream());
  try {
    for (const [label, body, message] of typeErrors) {
      assert.deepEqual(await r.toxic(body), { status: 400, body: { error: `bad request body: ${message}`, status: 400 } }, label);
    }
  } finally {
    await r.done();
  }
});

test('an unknown attribute is a 400 naming it and what the toxic takes (Toxiproxy ignores it silently)', async () => {
  const r = await rig(await echoUpstream());
  try {
    assert.deepEqual(await r.toxic({ type: 'latency', attributes: { latenc: 100 } }), {
      status: 400, body: { error: 'bad request body: attribute "latenc" is unknown to latency, which takes latency, jitter', status: 400 },
    });
    assert.match(((await r.toxic({ type: 'noop', attributes: { x: 1 } })).body as { error: string }).error, /noop takes no attributes/);
    assert.equal((await r.toxic({ type: 'latency', name: 'l', attributes: { latency: 5 } })).status, 200);
    const update = await fetch(`${r.server.url}/proxies/p/toxics/l`, jsonRequest('PATCH', { attributes: { jiter: 1 } }));
    assert.equal(update.status, 400, 'updates too');
  } finally {
    await r.done();
  }
});

test('as in Go: keys match ignoring case, and null leaves a value as it is', async () => {
  const r = await rig(await echoUpstream());
  try {
    const added = await r.toxic({ type: 'latency', name: 'l', toxicity: null, attributes: { Latency: 70, jitter: null } });
    assert.deepEqual(added.body, { attributes: { latency: 70, jitter: 0 }, name: 'l', type: 'latency', stream: 'downstream', toxicity: 1 });
    const updated = await fetch(`${r.server.url}/proxies/p/toxics/l`, jsonRequest('PATCH', { toxicity: 0.5 }));
    assert.equal(((await updated.json()) as { toxicity: number }).toxicity, 0.5);
    const again = await fetch(`${r.server.url}/proxies/p/toxics/l`, jsonRequest('PATCH', { toxicity: null, attributes: { latency: null, JITTER: 3 } }));
    assert.deepEqual(await again.json(), { attributes: { latency: 70, jitter: 3 }, name: 'l', type: 'latency', stream: 'downstream', toxicity: 0.5 });
  } finally {
    await r.done();
  }
});

test('negative latency, jitter and slicer delay act as 0, as in Toxiproxy: data passes at once, intact', async () => {
  const r = await rig(await echoUpstream());
  try {
    const latency = await r.toxic({ type: 'latency', attributes: { latency: -5000, jitter: -10 } });
    assert.deepEqual([latency.status, (latency.body as { attributes: unknown }).attributes], [200, { latency: 0, jitter: 0 }]);
    const slicer = await r.toxic({ type: 'slicer', attributes: { average_size: 1000, delay: -1 } });
    assert.deepEqual((slicer.body as { attributes: unknown }).attributes, { average_size: 1000, size_variation: 0, delay: 0 });
    for (const body of [{ type: 'slow_close', attributes: { delay: -1 } }, { type: 'reset_peer', name: 'rp', stream: 'upstream', toxicity: 0, attributes: { timeout: -1 } }]) {
      assert.equal((await r.toxic(body)).status, 200);
    }
    const data = payload(50_000);
    const s = await dial(r.port);
    const reading = readAll(s, 3000);
    s.end(data);
    const got = await reading;
    assert.equal(got.error, undefined, 'a -5 s latency is no latency, not a hang');
    assert.equal(sha256(got.data), sha256(data));
  } finally {
    await r.done();
  }
});

test('negative limit_data is 0: the first data closes the connection, nothing passes', async () => {
  const r = await rig(await echoUpstream());
  try {
    const res = await r.toxic({ type: 'limit_data', stream: 'upstream', attributes: { bytes: -5 } });
    assert.deepEqual((res.body as { attributes: unknown }).attributes, { bytes: 0 });
    const s = await dial(r.port);
    const reading = readAll(s, 3000);
    s.write('hello');
    const got = await reading;
    assert.notEqual(got.error?.code, 'TEST_DEADLINE');
    assert.equal(got.data.length, 0);
  } finally {
    await r.done();
  }
});

test('negative timeout is 0: data is dropped and the connection held open, as timeout 0', async () => {
  const r = await rig(await echoUpstream());
  try {
    const res = await r.toxic({ type: 'timeout', attributes: { timeout: -100 } });
    assert.deepEqual((res.body as { attributes: unknown }).attributes, { timeout: 0 });
    const s = await dial(r.port);
    const reading = readAll(s, 600);
    s.write('hello');
    const got = await reading;
    assert.equal(got.error?.code, 'TEST_DEADLINE', 'still open after 600 ms');
    assert.equal(got.data.length, 0);
    s.destroy();
  } finally {
    await r.done();
  }
});
