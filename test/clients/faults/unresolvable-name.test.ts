// unresolvable-name: names under .invalid fail at once with Node's ENOTFOUND shape, answered in-process, never asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dns from 'node:dns';
import { unresolvableName } from '../../../src/clients/faults/unresolvable-name.js';
import type { ClientCase, ClientInfo } from '../../../src/index.js';
import { runInNetns } from '../../helpers/netns.js';

const lookup = (host: string): Promise<NodeJS.ErrnoException | string> =>
  new Promise((resolve) => dns.lookup(host, (error, address) => resolve(error ?? address)));

test('unresolvable-name: while open, names under .invalid fail at once as getaddrinfo ENOTFOUND; other names resolve; close restores dns', async () => {
  const nodeLookup = dns.lookup;
  const site = await unresolvableName.open({ slowMs: 1000 });
  try {
    const host = new URL(site.origin).hostname;
    assert.match(host, /\.invalid$/);
    const started = performance.now();
    const error = await lookup(host) as NodeJS.ErrnoException & { hostname?: string };
    assert.ok(performance.now() - started < 100);
    assert.deepEqual([error.message, error.code, error.errno, error.syscall, error.hostname], [`getaddrinfo ENOTFOUND ${host}`, 'ENOTFOUND', -3008, 'getaddrinfo', host]);
    await assert.rejects(dns.promises.lookup('other.INVALID.'), { code: 'ENOTFOUND' });
    assert.equal(await lookup('localhost').then(String), '127.0.0.1');
  } finally {
    await site.close();
  }
  assert.equal(dns.lookup, nodeLookup);
});

test('in a network namespace with no way out, every client gets the in-process ENOTFOUND: none bypasses dns.lookup', async () => {
  const { clients, cases } = await runInNetns<{ clients: ClientInfo[]; cases: ClientCase[] }>(
    new URL('../../helpers/clients-netns-names.js', import.meta.url).pathname, [], 60_000);
  assert.deepEqual(clients.filter((c) => c.status !== 'ready').map((c) => c.id), []);
  for (const c of cases) {
    assert.equal(c.outcome.kind, 'error', c.client);
    const chain = c.outcome.kind === 'error' ? c.outcome.chain : [];
    // A lookup that went to the system resolver would fail here with EAI_AGAIN: the name server is unreachable.
    // (node-fetch keeps only the code and the message of the error it wraps, so match on those.)
    const resolver = chain.find((l) => l.code === 'ENOTFOUND' && l.message.includes('getaddrinfo ENOTFOUND socklab-clients.invalid'));
    assert.ok(resolver !== undefined, `${c.client}: ${JSON.stringify(chain)}`);
    assert.ok(chain.every((l) => l.errno === null || l.errno === -3008), `${c.client}: ${JSON.stringify(chain)}`);
  }
});
