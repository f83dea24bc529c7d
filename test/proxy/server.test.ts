// End-to-end pass-through of the server: data intact both ways, half-close propagated, live counters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, sha256, testServer, apiProxy, upstream } from '../helpers/proxy-fixtures.js';

test('passes 4 MB through an echo upstream intact', async () => {
  const up = await echoUpstream();
  const server = await testServer();
  try {
    const port = await apiProxy(server, 'echo', up.address);
    const data = payload(4 * 1024 * 1024);
    const s = await dial(port);
    const reading = readAll(s, 10000);
    s.end(data);
    const r = await reading;
    assert.equal(r.error, undefined);
    assert.equal(sha256(r.data), sha256(data));
  } finally {
    await server.close();
    await up.close();
  }
});

test('half-close: the client shutdown(SHUT_WR) does not kill the response', async () => {
  // The upstream answers only after it has read the whole request (EOF), like an HTTP/1.0 server.
  const answer = payload(200_000);
  const up = await upstream((s) => {
    const parts: Buffer[] = [];
    s.on('data', (b: Buffer) => parts.push(b));
    s.on('end', () => setTimeout(() => s.end(Buffer.concat([Buffer.from(sha256(Buffer.concat(parts))), answer])), 50));
  });
  const server = await testServer();
  try {
    const port = await apiProxy(server, 'half', up.address);
    const request = payload(100_000);
    const s = await dial(port);
    const reading = readAll(s);
    s.end(request);
    const r = await reading;
    assert.equal(r.error, undefined);
    assert.equal(r.data.subarray(0, 64).toString(), sha256(request));
    assert.equal(sha256(r.data.subarray(64)), sha256(answer));
  } finally {
    await server.close();
    await up.close();
  }
});
