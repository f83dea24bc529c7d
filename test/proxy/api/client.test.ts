// ApiClient: URLs as Toxiproxy's tools take them, clear errors from servers that are not Toxiproxy, the bearer token.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { ApiClient, serverUrl } from '../../../src/proxy/api/client.js';
import { isSocklabError } from '../../../src/index.js';
import { startServer } from '../../../src/proxy/server.js';

test('serverUrl: a scheme is optional, trailing slashes go, other schemes and garbage are refused', () => {
  assert.equal(serverUrl('127.0.0.1:8474'), 'http://127.0.0.1:8474');
  assert.equal(serverUrl('localhost:8474/'), 'http://localhost:8474');
  assert.equal(serverUrl('https://toxiproxy:8474'), 'https://toxiproxy:8474');
  assert.equal(serverUrl('[::1]:8474'), 'http://[::1]:8474');
  for (const bad of ['ftp://x:1', 'http://a b:1', '::::']) {
    assert.throws(() => serverUrl(bad), (e) => isSocklabError(e) && e.code === 'SOCKLAB_PROXY_BAD_SERVER_URL', bad);
  }
});

test('a server that is not a Toxiproxy API gives a clear error, not a SyntaxError', async () => {
  const answers: [string, string][] = [['text/html', '<html>hello</html>'], ['application/json', '{"hello":"world"}'], ['application/json', '[1,2]']];
  for (const [type, body] of answers) {
    const other = createServer((_req, res) => res.writeHead(200, { 'Content-Type': type }).end(body));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    try {
      const api = new ApiClient(`127.0.0.1:${(other.address() as { port: number }).port}`);
      await assert.rejects(api.list(), (e) => isSocklabError(e) && e.code === 'SOCKLAB_PROXY_SERVER_ERROR' && /Toxiproxy-compatible/.test(e.message), body);
      await assert.rejects(api.get('x'), (e) => isSocklabError(e) && /Toxiproxy-compatible/.test(e.message), body);
    } finally {
      await new Promise((r) => other.close(r));
    }
  }
});

test('the token goes along as a bearer token', async () => {
  const server = await startServer({ host: '127.0.0.1', port: 0, token: 'tok' });
  try {
    await assert.rejects(new ApiClient(server.url).list(), (e) => isSocklabError(e) && /401/.test(e.message));
    assert.deepEqual(await new ApiClient(server.url, { token: 'tok' }).list(), {});
    await new ApiClient(server.url, { token: 'tok' }).reset();
  } finally {
    await server.close();
  }
});
