// Attribute validation: values that crash or hang Toxiproxy get a 400 naming the attribute, and the server lives on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, jsonRequest, payload, readAll, rig, sha256 } from '../helpers/proxy-fixtures.js';

const cases: [string, unknown, string][] = [
  ['slicer average_size 0', { type: 'slicer', attributes: { average_size: 0 } }, 'average_size'],
  ['slicer size_variation >= average_size', { type: 'slicer', attributes: { average_size: 10, size_variation: 10 } }, 'size_variation'],
  ['bandwidth rate 0', { type: 'bandwidth', attributes: { rate: 0 } }, 'rate'],
  ['bandwidth rate negative', { type: 'bandwidth', attributes: { rate: -5 } }, 'rate'],
  ['latency negative', { type: 'latency', attributes: { latency: -1 } }, 'latency'],
  ['jitter negative', { type: 'latency', attributes: { latency: 10, jitter: -1 } }, 'jitter'],
  ['timeout negative', { type: 'timeout', attributes: { timeout: -100 } }, 'timeout'],
  ['slow_close negative', { type: 'slow_close', attributes: { delay: -1 } }, 'delay'],
  ['reset_peer negative', { type: 'reset_peer', attributes: { timeout: -1 } }, 'timeout'],
  ['limit_data fractional', { type: 'limit_data', attributes: { bytes: 1.5 } }, 'bytes'],
  ['string where a number is due', { type: 'latency', attributes: { latency: '100' } }, 'latency'],
  ['toxicity above 1', { type: 'latency', toxicity: 2 }, 'toxicity'],
];

test('every invalid value is a 400 naming the attribute; the proxy still forwards data', async () => {
  const r = await rig(await echoUpstream());
  try {
    for (const [label, body, attribute] of cases) {
      const res = await r.toxic(body);
      assert.equal(res.status, 400, label);
      const err = res.body as { error: string; status: number };
      assert.equal(err.status, 400, label);
      assert.ok(err.error.includes(attribute), `${label}: "${err.error}" names ${attribute}`);
    }
    const update = await fetch(`${r.server.url}/proxies/p/toxics`, jsonRequest('POST', { type: 'slicer', attributes: { average_size: 10 } }));
    assert.equal(update.status, 200);
    const bad = await fetch(`${r.server.url}/proxies/p/toxics/slicer_downstream`, jsonRequest('PATCH', { attributes: { average_size: 0 } }));
    assert.equal(bad.status, 400, 'updates are validated too');
    const data = payload(100_000);
    const s = await dial(r.port);
    const reading = readAll(s);
    s.end(data);
    assert.equal(sha256((await reading).data), sha256(data));
  } finally {
    await r.done();
  }
});
