// Config files: strict (unknown fields, repeated names), and errors that give a position, never the file's content.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { isSocklabError } from '../../src/index.js';
import { startServer } from '../../src/proxy/server.js';
import { memoryIo } from '../helpers/memory-io.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'socklab-config-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function configError(content: string): Promise<string> {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, content);
  try {
    const server = await startServer({ port: 0, config: file });
    await server.close();
    return 'started';
  } catch (e) {
    assert.ok(isSocklabError(e), String(e));
    return e.message.replace(file, '<file>');
  }
}

test('a file that is not JSON: the position only, nothing of its content', async () => {
  const secret = 'root:$6$SECRETHASHxyz:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n';
  const message = await configError(secret);
  assert.equal(message, 'config <file>: not valid JSON at line 1, column 1 (invalid symbol)');
  assert.equal(await configError('[\n  {"name": "a", "upstream": "127.0.0.1:1",}\n]'), 'config <file>: not valid JSON at line 2, column 43 (property name expected)');
  assert.equal(await configError(''), 'config <file>: not valid JSON at line 1, column 1 (value expected)');
});

test('/etc/shadow itself (as root: readable, not JSON) gives no content away', async () => {
  try {
    await startServer({ port: 0, config: '/etc/shadow' });
    assert.fail('started');
  } catch (e) {
    assert.ok(isSocklabError(e));
    assert.match(e.message, /^(config \/etc\/shadow: not valid JSON at line \d+, column \d+ \([a-z ]+\)|Cannot read \/etc\/shadow: (EACCES: permission denied|ENOENT: no such file or directory)(; .*)?)$/);
  }
});

test('unknown fields, repeated names and toxics are refused, saying which proxy', async () => {
  const up = '127.0.0.1:1';
  assert.equal(await configError(JSON.stringify([{ name: 'a', lisen: '127.0.0.1:0', upstream: up }])), 'config <file>: json: unknown field "lisen" at proxy 1');
  assert.equal(await configError(JSON.stringify([{ name: 'a', upstream: up, enabled: false }, { name: 'a', upstream: up, enabled: false }])),
    'config <file>: proxy name "a" at proxy 2 is already used at proxy 1');
  assert.equal(await configError(JSON.stringify([{ name: 'a', upstream: up, toxics: [] }])), 'config <file>: json: unknown field "toxics" at proxy 1');
  assert.equal(await configError(JSON.stringify([{ name: 'a', upstream: up, enabled: 'no' }])),
    'config <file>: json: cannot unmarshal string into Go struct field .enabled of type bool at proxy 1');
  assert.equal(await configError(JSON.stringify({ name: 'a' })), 'config <file>: json: cannot unmarshal object into Go value of type []struct { toxiproxy.Proxy; Enabled *bool "json:\\"enabled\\"" }');
  assert.equal(await configError(JSON.stringify([{ name: 'a', upstream: up, enabled: false }])), 'started');
});

test('socklab proxy --config with a bad file: one line naming the position, exit 2', async () => {
  const file = join(dir, 'bad.json');
  await writeFile(file, 'password=hunter2');
  const io = memoryIo();
  const code = await main(['proxy', '--port', '0', '--config', file], io);
  assert.equal(code, 2);
  assert.equal(io.err(), `socklab: config ${file}: not valid JSON at line 1, column 1 (invalid symbol)\n`);
});

test('when the API port is taken, the config file\'s proxies are closed again', async () => {
  const first = await startServer({ port: 0 });
  const spare = createServer();
  await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
  const proxyPort = (spare.address() as { port: number }).port;
  await new Promise((r) => spare.close(r));
  const file = join(dir, 'one.json');
  await writeFile(file, JSON.stringify([{ name: 'p', listen: `127.0.0.1:${proxyPort}`, upstream: '127.0.0.1:1' }]));
  try {
    const port = Number(new URL(first.url).port);
    await assert.rejects(startServer({ port, config: file }), (e) => isSocklabError(e) && e.code === 'SOCKLAB_PROXY_LISTEN_FAILED');
    await new Promise<void>((resolve, reject) => spare.once('error', reject).listen(proxyPort, '127.0.0.1', resolve)); // free again
    await new Promise((r) => spare.close(r));
  } finally {
    await first.close();
  }
});
