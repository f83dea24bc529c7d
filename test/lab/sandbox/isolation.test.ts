// The isolation guard proves fresh namespaces for itself: it refuses on the host whatever the environment says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LabSandbox } from '../../../src/lab/sandbox/lab-sandbox.js';
import type { ChildMessage } from '../../../src/lab/sandbox/child-report.js';
import { commandPath } from '../../../src/shared/system-command.js';
import { runInNetns } from '../../helpers/netns.js';
import { runtimeForNobody } from '../../helpers/nobody-runtime.js';

const run = promisify(execFile);
const PROBE = fileURLToPath(new URL('../../helpers/sandbox-probe.js', import.meta.url));
const CHILD = fileURLToPath(new URL('../../../src/lab/sandbox/child.js', import.meta.url));
/** Every variable the old guard or a hopeful caller might set. */
const HOPEFUL_ENV = { ...process.env, SOCKLAB_PARENT_NETNS: 'net:[1]', SOCKLAB_ISOLATED: '1', SOCKLAB_NETNS: 'yes' };
const hostInterfaces = (): string => readFileSync('/proc/net/dev', 'utf8').split('\n').slice(2).map((l) => l.split(':')[0]!.trim()).sort().join(',');

test('on the host the guard refuses, whatever the environment says', async () => {
  const { stdout } = await run(process.execPath, [PROBE], { env: HOPEFUL_ENV });
  const { problem } = JSON.parse(stdout) as { problem: string | null };
  assert.match(problem ?? '', /not in a user namespace of socklab's/);
});

test('on the host a sandbox changes nothing: no router, no sysctl, no command', async () => {
  const before = hostInterfaces();
  const sandbox = LabSandbox.create(true);
  assert.equal(sandbox.isolated, false);
  assert.throws(() => sandbox.router, /no router/);
  await assert.rejects(sandbox.sysctl('net.ipv4.tcp_retries2', 3), /refusing to set net.ipv4.tcp_retries2 outside a socklab namespace/);
  await assert.rejects(sandbox.exec('ip', ['link', 'set', 'lo', 'down']), /refusing to run ip/);
  assert.equal(hostInterfaces(), before);
});

test('the scenario process started by hand on the host reports not-run and builds nothing', async () => {
  const before = hostInterfaces();
  const child = fork(CHILD, ['server-reboot'], { env: HOPEFUL_ENV, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const [message] = (await once(child, 'message')) as [ChildMessage];
  child.send('exit');
  await once(child, 'exit');
  assert.equal(message.type, 'report');
  assert.equal(message.type === 'report' && message.status, 'not-run');
  assert.equal(message.type === 'report' && message.isolated, false);
  assert.equal(hostInterfaces(), before);
});

test('a user namespace that kept the host\'s network namespace is refused', async () => {
  // `unshare --user` without `--net`: root of a fresh user namespace, but still on the host's network.
  const asRoot = process.getuid?.() === 0;
  const asNobody = asRoot ? [commandPath('setpriv')!, '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  // As nobody the checkout may be unreadable (CI clones under /root): run the guard from a copy nobody can read.
  const runtime = asRoot ? runtimeForNobody() : undefined;
  const guard = pathToFileURL(join(runtime?.root ?? fileURLToPath(new URL('../../../../', import.meta.url)), 'dist/src/lab/sandbox/isolation.js')).href;
  const script = `import(${JSON.stringify(guard)}).then((m) => console.log(JSON.stringify({ problem: m.isolationProblem() ?? null })))`;
  const argv = [...asNobody, commandPath('unshare')!, '--user', '--map-root-user', process.execPath, '--input-type=module', '-e', script];
  let stdout: string;
  try {
    ({ stdout } = await run(argv[0]!, argv.slice(1), { env: HOPEFUL_ENV, cwd: '/' }));
  } finally {
    runtime?.cleanup();
  }
  const { problem } = JSON.parse(stdout) as { problem: string | null };
  assert.match(problem ?? '', /not created in this process's own user namespace/);
});

test('a namespace socklab starts is accepted', async () => {
  const { problem } = await runInNetns<{ problem: string | null }>(PROBE);
  assert.equal(problem, null);
});
