// Each client's status from a project: ready with versions, not installed (with the install command), or failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axiosRetry } from '../../src/clients/adapters/axios-retry.js';
import { globalFetch } from '../../src/clients/adapters/fetch.js';
import { got } from '../../src/clients/adapters/got.js';
import { describeClient, resolveClient } from '../../src/clients/resolve-client.js';
import { fakeProject } from '../helpers/fake-packages.js';

test('a missing package is a status with the command that installs it; a client that fails a healthy request is failed', async () => {
  const project = fakeProject({
    'got/package.json': JSON.stringify({ name: 'got', version: '0.0.1', main: 'index.js' }),
    'got/index.js': 'module.exports = async () => { throw new Error("this got is a stub"); };',
    'axios/package.json': JSON.stringify({ name: 'axios', version: '9.9.9', main: 'index.js' }),
    'axios/index.js': 'module.exports = {};',
  });
  try {
    const missing = await resolveClient(axiosRetry, project.dir);
    assert.equal(missing.modules, undefined);
    assert.equal(missing.info.status, 'not-installed');
    assert.deepEqual(missing.info.packages, [{ name: 'axios', version: '9.9.9' }, { name: 'axios-retry', version: null }]);
    assert.match(missing.info.reason ?? '', /axios-retry is not installed in .* \(npm install --save-dev axios-retry to measure it\)/);
    const stub = await resolveClient(got, project.dir);
    assert.equal(stub.info.status, 'failed');
    assert.match(stub.info.reason ?? '', /its request to a healthy server failed: this got is a stub/);
    assert.deepEqual(describeClient(got, project.dir), { id: 'got', title: 'got', status: 'ready', packages: [{ name: 'got', version: '0.0.1' }] });
  } finally {
    project.remove();
  }
});

test('Node\'s own clients are always ready and name Node\'s version and its bundled undici', async () => {
  const fetch = await resolveClient(globalFetch, '/');
  assert.equal(fetch.info.status, 'ready');
  assert.deepEqual(fetch.info.packages, [{ name: 'node', version: process.version }, { name: 'undici (bundled)', version: process.versions.undici ?? null }]);
});
