// The routed topology: three namespaces, documentation addresses only, no route out, and a reboot that replaces the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TopologyRun } from '../../helpers/topology-netns.js';
import { runInNetns } from '../../helpers/netns.js';

const run = await runInNetns<TopologyRun>(new URL('../../helpers/topology-netns.js', import.meta.url).pathname);

test('client, router and server are joined by veth pairs, with addresses from the documentation ranges', () => {
  assert.deepEqual(run.client.interfaces, ['lo', 'to-router']);
  assert.deepEqual(run.router.interfaces, ['lo', 'to-client', 'to-server']);
  assert.deepEqual(run.server.interfaces, ['lo', 'to-router']);
  assert.deepEqual(run.client.routes, [
    '192.0.2.0/24 dev to-router proto kernel scope link src 192.0.2.2',
    '198.51.100.0/24 via 192.0.2.1 dev to-router',
    '203.0.113.0/24 via 192.0.2.1 dev to-router',
  ]);
  assert.deepEqual(run.router.routes, [
    '192.0.2.0/24 dev to-client proto kernel scope link src 192.0.2.1',
    '198.51.100.0/24 dev to-server proto kernel scope link src 198.51.100.1',
    'prohibit 198.51.100.4',
    'unreachable 198.51.100.3',
  ]);
  assert.deepEqual(run.server.routes, [
    '192.0.2.0/24 via 198.51.100.1 dev to-router',
    '198.51.100.0/24 dev to-router proto kernel scope link src 198.51.100.2',
  ]);
});

test('no namespace has a route out of the sandbox', () => {
  for (const ns of [run.client, run.router, run.server]) {
    assert.ok(ns.routes.every((r) => !r.startsWith('default')));
    assert.match(ns.outside, /Network is unreachable/);
  }
});

test('a reboot destroys the server\'s namespace and brings up a fresh one, forwarded to again', () => {
  // The old namespace carried a mark (a blackhole route added before the crash); the rebooted one starts clean.
  assert.deepEqual(run.serverMarked, [...run.server.routes, 'blackhole 203.0.113.99'].sort());
  assert.deepEqual(run.serverAfterReboot.interfaces, ['lo', 'to-router']);
  assert.deepEqual(run.serverAfterReboot.routes, run.server.routes);
  // The crash's blackhole route is gone and the new veth is back on the router.
  assert.deepEqual(run.routerAfterReboot, run.router.routes);
});

test('the network is used only once every veth is up with its real qdisc, after the build and after a reboot', () => {
  assert.deepEqual(run.linksUp.ready, [true, true, true]);
  assert.equal(run.linksUp.crashedServer, false, 'a link set down is not up');
  assert.deepEqual(run.linksUp.rebooted, [true, true, true]);
});
