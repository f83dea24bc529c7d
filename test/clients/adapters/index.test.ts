// The client registry: one file per client named after its id, and every client sends a GET and a JSON POST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CLIENTS } from '../../../src/clients/adapters/index.js';
import { resolveClient } from '../../../src/clients/resolve-client.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));

test('every adapter file is in the registry under its file name, once', () => {
  const files = readdirSync(new URL('../../../../src/clients/adapters/', import.meta.url)).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
  assert.deepEqual([...files].sort(), CLIENTS.map((c) => c.id).sort());
  assert.equal(new Set(CLIENTS.map((c) => c.id)).size, CLIENTS.length);
});

test('every client, loaded from this project, sends GET and a JSON POST and reads the whole body', async () => {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => {
      seen.push(`${req.method} ${req.url} ${req.headers['content-type'] ?? '-'} ${body}`);
      res.end('x'.repeat(3000));
    });
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const client of CLIENTS) {
      const resolved = await resolveClient(client, projectRoot);
      assert.equal(resolved.info.status, 'ready', `${client.id}: ${resolved.info.reason ?? ''}`);
      const session = await client.open(resolved.modules!);
      const signal = new AbortController().signal;
      const get = await session.send({ method: 'GET', url: `${origin}/${client.id}`, signal, note: () => undefined });
      const post = await session.send({ method: 'POST', url: `${origin}/${client.id}`, json: { a: 1 }, signal, note: () => undefined });
      assert.deepEqual([get, post], [{ status: 200, bytes: 3000 }, { status: 200, bytes: 3000 }], client.id);
      await session.close();
      assert.deepEqual(seen.splice(0).map((s) => s.replace(/;.*? \{/, ' {')), [`GET /${client.id} - `, `POST /${client.id} application/json {"a":1}`], client.id);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
