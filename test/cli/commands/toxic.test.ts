// `socklab toxic` against a running socklab server: create, add, update, list, toggle, remove, delete.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { main } from '../../../src/cli/main.js';
import { startServer } from '../../../src/proxy/server.js';
import { echoUpstream, testServer } from '../../helpers/proxy-fixtures.js';
import { memoryIo } from '../../helpers/memory-io.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(argv, io);
  await new Promise((x) => setImmediate(x));
  return { code, out: io.out(), err: io.err() };
}

test('toxic CLI drives the API', async () => {
  const up = await echoUpstream();
  const server = await testServer();
  const s = ['--server', server.url];
  try {
    assert.equal((await run('toxic', 'create', 'db', '-u', up.address, ...s)).code, 0);
    const add = await run('toxic', 'add', 'db', '-t', 'latency', '-a', 'latency=100', '-a', 'jitter=5', ...s);
    assert.equal(add.code, 0, add.err);
    assert.equal(add.out, 'latency_downstream  latency downstream toxicity=1  latency=100 jitter=5\n');
    const upd = await run('toxic', 'update', 'db', '-n', 'latency_downstream', '-a', 'latency=7', '--json', ...s);
    assert.equal((JSON.parse(upd.out) as { attributes: { latency: number } }).attributes.latency, 7);
    const list = (await run('toxic', 'list', ...s)).out.split('\n');
    assert.match(list[0]!, /^NAME +LISTEN +UPSTREAM +ENABLED +TOXICS$/);
    assert.match(list[1]!, /^db +127\.0\.0\.1:\d+ +127\.0\.0\.1:\d+ +yes +latency_downstream$/);
    assert.equal(list[0]!.indexOf('LISTEN'), list[1]!.indexOf('127.'), 'columns line up');
    const inspect = await run('toxic', 'inspect', 'db', ...s);
    assert.match(inspect.out, /^db {2}127\.0\.0\.1:\d+ -> 127\.0\.0\.1:\d+ {2}enabled\n {2}latency_downstream {2}latency downstream toxicity=1 {2}latency=7 jitter=5\n$/);
    const updTypo = await run('toxic', 'update', 'db', '-n', 'latency_downstream', '-a', 'jiter=1', ...s);
    assert.equal(updTypo.code, 2);
    assert.match(updTypo.err, /Invalid --attribute "jiter=1": expected key=number with key one of latency, jitter\. Did you mean jitter=1\?/, 'checked before sending');
    assert.match((await run('toxic', 'toggle', 'db', ...s)).out, /disabled/);
    assert.equal((await run('toxic', 'remove', 'db', '-n', 'latency_downstream', ...s)).code, 0);
    // Refused by the server (400) or by the CLI before asking: usage errors, exit 2 as docs/reference/errors.md says.
    const bad = await run('toxic', 'add', 'db', '-t', 'bandwidth', '-a', 'rate=0', ...s);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /400 from .*: bad request body: attribute rate/);
    const typo = await run('toxic', 'add', 'db', '-t', 'bandwidth', '-a', 'rat=10', ...s);
    assert.equal(typo.code, 2);
    assert.match(typo.err, /Invalid --attribute "rat=10": expected key=number with key one of rate\. Did you mean rate=10\?/);
    for (const argv of [['-t', 'latencyy'], ['-t', 'latency', '-s', 'sideways']]) {
      const refused = await run('toxic', 'add', 'db', ...argv, ...s);
      assert.equal(refused.code, 2, refused.err);
    }
    assert.equal((await run('toxic', 'delete', 'db', ...s)).code, 0);
    assert.match((await run('toxic', 'list', ...s)).out, /no proxies/);
  } finally {
    await server.close();
    await up.close();
  }
});

test('reset enables every proxy and removes every toxic; --help lists the actions', async () => {
  const up = await echoUpstream();
  const server = await testServer();
  const s = ['--server', server.url];
  try {
    await run('toxic', 'create', 'a', '-u', up.address, ...s);
    await run('toxic', 'add', 'a', '-t', 'noop', ...s);
    await run('toxic', 'toggle', 'a', ...s);
    const reset = await run('toxic', 'reset', ...s);
    assert.deepEqual([reset.code, reset.out], [0, 'ok: every proxy enabled, every toxic removed\n']);
    assert.match((await run('toxic', 'inspect', 'a', ...s)).out, /enabled\n {2}\(no toxics\)\n$/);
    const help = await run('toxic', '--help');
    assert.equal(help.code, 0);
    for (const action of ['list', 'inspect', 'create', 'toggle', 'delete', 'add', 'update', 'remove', 'reset']) {
      assert.match(help.out, new RegExp(`^Actions:\\n(?:  \\w+ +\\S.*\\n)*  ${action} +\\S`, 'm'), action);
    }
  } finally {
    await server.close();
    await up.close();
  }
});

test('list fits the terminal: the toxics column wraps under itself', async () => {
  const up = await echoUpstream();
  const server = await testServer();
  const s = ['--server', server.url];
  try {
    await run('toxic', 'create', 'cache', '-u', up.address, ...s);
    for (const type of ['latency', 'bandwidth', 'slow_close', 'timeout', 'slicer', 'limit_data', 'noop']) {
      await run('toxic', 'add', 'cache', '-t', type, '-s', 'upstream', ...(type === 'bandwidth' ? ['-a', 'rate=100'] : type === 'slicer' ? ['-a', 'average_size=10'] : []), ...s);
    }
    const io = memoryIo('', { width: 80 });
    assert.equal(await main(['toxic', 'list', ...s], io), 0);
    const lines = io.out().trimEnd().split('\n');
    assert.ok(lines.length > 2, io.out());
    for (const line of lines) assert.ok(line.length <= 80, line);
    const column = lines[0]!.indexOf('TOXICS');
    for (const more of lines.slice(2)) assert.equal(more.search(/\S/), column, more);
  } finally {
    await server.close();
    await up.close();
  }
});

test('--server without a scheme, TOXIPROXY_URL, SOCKLAB_TOKEN', async () => {
  const server = await startServer({ host: '127.0.0.1', port: 0, token: 'tok' });
  const hostPort = server.url.replace('http://', '');
  try {
    assert.equal((await run('toxic', 'list', '--server', hostPort, '--token', 'tok')).code, 0);
    const denied = await run('toxic', 'list', '--server', hostPort);
    assert.equal(denied.code, 1);
    assert.match(denied.err, /^socklab: 401 from .*bearer token/);
    process.env.TOXIPROXY_URL = hostPort;
    process.env.SOCKLAB_TOKEN = 'tok';
    const viaEnv = await run('toxic', 'list');
    assert.equal(viaEnv.code, 0, viaEnv.err);
  } finally {
    delete process.env.TOXIPROXY_URL;
    delete process.env.SOCKLAB_TOKEN;
    await server.close();
  }
});

test('a server that is not a Toxiproxy: one clear line, exit 1', async () => {
  const other = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html></html>'));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  try {
    const r = await run('toxic', 'list', '--server', `http://127.0.0.1:${(other.address() as { port: number }).port}`);
    assert.equal(r.code, 1);
    assert.match(r.err, /^socklab: 200 from http:\/\/127\.0\.0\.1:\d+\/proxies: the answer is not JSON \(text\/html\): is this a Toxiproxy-compatible API\?\n$/);
  } finally {
    await new Promise((r) => other.close(r));
  }
});

test('no server at --server: the cause (ECONNREFUSED) and how to start or name one, exit 1, JSON with --json', async () => {
  const gone = createServer().listen(0, '127.0.0.1');
  await new Promise((x) => gone.once('listening', x));
  const { port } = gone.address() as { port: number };
  await new Promise((x) => gone.close(x));
  const text = await run('toxic', 'list', '--server', `127.0.0.1:${port}`);
  assert.equal(text.code, 1);
  assert.equal(text.err, `socklab: no answer from http://127.0.0.1:${port}/proxies: connect ECONNREFUSED 127.0.0.1:${port}: is socklab proxy or Toxiproxy running there? Start one with \`socklab proxy\`, or name it with --server or TOXIPROXY_URL\n`);
  const json = await run('toxic', 'list', '--server', `127.0.0.1:${port}`, '--json');
  assert.equal((JSON.parse(json.out) as { error: { code: string } }).error.code, 'SOCKLAB_PROXY_SERVER_ERROR');
});

test('a --server port fetch refuses (6000, 6666, 10080): what is wrong and the fix, exit 2, not a bare "bad port"', async () => {
  for (const port of [6000, 6666, 10080]) {
    const text = await run('toxic', 'list', '--server', `http://127.0.0.1:${port}`);
    assert.equal(text.code, 2);
    assert.equal(text.err, `socklab: fetch refuses to connect to port ${port} (http://127.0.0.1:${port}): browsers and Node block it, as the Fetch standard says ("bad port"). Run the API on another port (socklab proxy --port 8474) and name it with --server or TOXIPROXY_URL.\n`);
  }
  const json = await run('toxic', 'inspect', 'p', '--server', '127.0.0.1:6000', '--json');
  assert.equal((JSON.parse(json.out) as { error: { code: string } }).error.code, 'SOCKLAB_PROXY_SERVER_PORT_BLOCKED');
});
