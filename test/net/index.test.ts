// The socklab/net subpath export: resolvable by package name, with types, and the same functions as the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as net from '../../src/net/index.js';

test("import 'socklab/net' gives the library, and its declaration file exists", async () => {
  // A computed specifier: tsc must not resolve the package's own exports before the build has written dist/.
  const specifier = 'socklab/net';
  const published = (await import(specifier)) as typeof net;
  assert.deepEqual(Object.keys(published).sort(), Object.keys(net).sort());
  for (const name of ['setKeepAlive', 'setUserTimeout', 'tcpInfo', 'classify', 'shouldRetry', 'withSocketOptions', 'connectorWithSocketOptions'] as const) {
    assert.equal(typeof published[name], 'function', name);
  }
  assert.ok(existsSync(fileURLToPath(new URL('../../src/net/index.d.ts', import.meta.url))));
});
