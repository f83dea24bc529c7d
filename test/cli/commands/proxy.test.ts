// `socklab proxy` as a process: config loaded at start, one log line per connection/toxic, summary on SIGINT.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseCommandLine } from '../../../src/cli/main.js';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { echoUpstream, jsonRequest } from '../../helpers/proxy-fixtures.js';
import { rawDial, rawReadAll } from '../../helpers/proxy-raw.js';
import { childOutput } from '../../helpers/child-output.js';

test('--fast-path is on unless given off (a --no-* flag would be read by commander as a negation)', () => {
  assert.equal(parseCommandLine(['proxy'], memoryIo(), COMMANDS)?.options.fastPath, 'on');
  assert.equal(parseCommandLine(['proxy', '--fast-path', 'off'], memoryIo(), COMMANDS)?.options.fastPath, 'off');
  assert.throws(() => parseCommandLine(['proxy', '--fast-path', 'no'], memoryIo(), COMMANDS), { code: 'SOCKLAB_CLI_BAD_OPTION' });
});

test('runs, logs, and prints a summary on Ctrl-C', { timeout: 20_000 }, async () => {
  const up = await echoUpstream();
  const dir = mkdtempSync(join(tmpdir(), 'socklab-proxy-cli-'));
  const config = join(dir, 'proxies.json');
  writeFileSync(config, JSON.stringify([{ name: 'echo', listen: '127.0.0.1:0', upstream: up.address }]));
  const bin = new URL('../../../src/cli/bin.cjs', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, 'proxy', '--port', '0', '--config', config, '--seed', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = childOutput(child);
  try {
    const url = (await output.until(/listening on (http:\S+)/))[1]!;
    const proxy = (await (await fetch(`${url}/proxies/echo`)).json()) as { listen: string };
    // Under load (1 run in 20 at load 15-25) a 100 ms timer could fire before the echo came back, and a Node socket
    // that reads the echo and the RST in one go reports EOF (libuv takes the hang-up after a read as the end), not
    // ECONNRESET. So: a byte trigger, and a client that reads with recv(), which reports the RST as the kernel has it.
    await fetch(`${url}/proxies/echo/toxics`, jsonRequest('POST', { type: 'reset_after', attributes: { bytes: 2 } }));
    const s = await rawDial(Number(proxy.listen.split(':').pop()));
    s.write('hi');
    const r = await rawReadAll(s);
    s.close();
    assert.equal(r.data.toString(), 'hi');
    assert.equal(r.end, 'ECONNRESET');
    await new Promise((x) => setTimeout(x, 100));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 0);
    const out = output.out();
    assert.match(out, /open {2}echo#1 from 127\.0\.0\.1:\d+/);
    assert.match(out, /toxic echo#1 reset_after_downstream: RST after 2 bytes/);
    assert.match(out, /close echo#1/);
    assert.match(out, /echo +1 +2 +\d+ +reset_after_downstream: 1\n/);
  } finally {
    child.kill('SIGKILL');
    await up.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an API beyond loopback without a token warns on stderr; with SOCKLAB_TOKEN it is quiet', { timeout: 20_000 }, async () => {
  const bin = new URL('../../../src/cli/bin.cjs', import.meta.url).pathname;
  for (const token of [undefined, 'tok']) {
    const env = { ...process.env };
    delete env.SOCKLAB_TOKEN;
    if (token !== undefined) env.SOCKLAB_TOKEN = token;
    const child = spawn(process.execPath, [bin, 'proxy', '--host', '0.0.0.0', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const output = childOutput(child);
    try {
      await output.until(/listening on/);
      const err = output.err();
      if (token === undefined) assert.match(err, /^socklab: warning: the API at http:\/\/0\.0\.0\.0:\d+ listens beyond loopback and has no authentication/);
      else assert.equal(err, '');
    } finally {
      child.kill('SIGKILL');
    }
  }
});
