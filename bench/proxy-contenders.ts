// bench/proxy's contenders: the upstream, socklab (fast path, JS path, with a toxic), socat and the real Toxiproxy,
// each in its own process on loopback, started here and stopped by stopContenders().
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/helpers/free-port.js';

// The upstream runs in its own process: 'S'+u32 size -> sends size bytes then FIN; 'E' -> echo; 'I' -> idle.
const UPSTREAM = `
import { createServer } from 'node:net';
const block = Buffer.alloc(1 << 20, 7);
const srv = createServer({ allowHalfOpen: true }, (s) => {
  s.on('error', () => {});
  s.once('readable', function first() {
    const head = s.read(1);
    if (head === null) return s.once('readable', first);
    const mode = String.fromCharCode(head[0]);
    if (mode === 'E') { s.pipe(s); return; }
    if (mode === 'I') { s.resume(); s.once('end', () => s.end()); return; }
    const sz = s.read(4);
    let left = sz.readUInt32BE(0);
    const pump = () => { while (left > 0) { const n = Math.min(left, block.length); left -= n; if (!s.write(n === block.length ? block : block.subarray(0, n))) return s.once('drain', pump); } s.end(); };
    pump();
  });
});
srv.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => process.stdout.write(String(srv.address().port) + '\\n'));
`;

const ROOT = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];

/** One thing to measure: where it listens, which process holds its connections, how many fds a connection costs. */
export interface Contender {
  readonly name: string;
  readonly port: number;
  readonly pid: number | undefined;
  readonly fdsPerConn: number;
}

function spawnLine(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
  children.push(child);
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const i = buf.indexOf('\n');
      if (i >= 0) resolve({ child, line: buf.slice(0, i) });
    });
    child.once('exit', (c) => reject(new Error(`${cmd} exited ${c}`)));
  });
}

/** Resolves after `ms`. */
export const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** A connected loopback socket with Nagle off. */
export const dial = (port: number): Promise<Socket> => new Promise((resolve, reject) => {
  const s = connect({ host: '127.0.0.1', port, noDelay: true });
  s.once('connect', () => resolve(s));
  s.once('error', reject);
});
/** Resolves once something accepts on `port` (5 s at most). */
async function listening(port: number): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      (await dial(port)).destroy();
      return;
    } catch (error) {
      if (i > 100) throw error;
      await wait(50);
    }
  }
}
const json = { 'Content-Type': 'application/json' };
const post = async (url: string, body: unknown): Promise<unknown> => {
  const res = await fetch(url, { method: 'POST', headers: json, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return res.json();
};
const portOf = (listen: string): number => Number(listen.split(':').pop());

async function socklab(upstream: string, env: NodeJS.ProcessEnv, withToxic: boolean): Promise<{ port: number; pid: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bench-proxy-'));
  const cfg = join(dir, 'proxies.json');
  writeFileSync(cfg, JSON.stringify([{ name: 'bench', listen: '127.0.0.1:0', upstream }]));
  // The API on a free port (a fixed one can be taken by a connection's ephemeral port): its first line names it.
  const started = spawnLine(process.execPath, [join(ROOT, 'dist/src/cli/bin.cjs'), 'proxy', '--quiet', '--port', '0', '--config', cfg], env);
  const { child, line } = await started.finally(() => rmSync(dir, { recursive: true, force: true })); // read once at start
  const api = /https?:\/\/\S+/.exec(line)?.[0] ?? '';
  if (withToxic) await post(`${api}/proxies/bench/toxics`, { type: 'noop', name: 'noop' });
  const info = (await (await fetch(`${api}/proxies/bench`)).json()) as { listen: string };
  return { port: portOf(info.listen), pid: child.pid! };
}

async function toxiproxy(bin: string, upstream: string): Promise<{ port: number; pid: number }> {
  const apiPort = await freePort();
  const child = spawn(bin, ['-host', '127.0.0.1', '-port', String(apiPort)], { stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'error' } });
  children.push(child);
  const api = `http://127.0.0.1:${apiPort}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${api}/version`)).ok) break;
    } catch (error) {
      if (i > 100) throw error;
      await wait(50);
    }
  }
  const created = (await post(`${api}/proxies`, { name: 'bench', listen: '127.0.0.1:0', upstream })) as { listen: string };
  return { port: portOf(created.listen), pid: child.pid! };
}

/** Start the upstream and every contender (Toxiproxy only when `toxiproxyBin` is given); direct comes first. */
export async function startContenders(toxiproxyBin: string | undefined): Promise<Contender[]> {
  const { line: upLine } = await spawnLine(process.execPath, ['--input-type=module', '-e', UPSTREAM]);
  const upstream = `127.0.0.1:${Number(upLine)}`;
  const fast = await socklab(upstream, process.env, false);
  const js = await socklab(upstream, { ...process.env, SOCKLAB_FAST_PATH: 'off' }, false);
  const toxic = await socklab(upstream, process.env, true);
  const socatPort = await freePort();
  const socat = spawn('socat', [`TCP-LISTEN:${socatPort},bind=127.0.0.1,fork,reuseaddr,backlog=4096`, `TCP:${upstream}`], { stdio: 'ignore' });
  children.push(socat);
  const contenders: Contender[] = [
    { name: 'direct', port: Number(upLine), pid: undefined, fdsPerConn: 1 },
    { name: 'socklab (splice)', port: fast.port, pid: fast.pid, fdsPerConn: 2 },
    { name: 'socklab (JS path)', port: js.port, pid: js.pid, fdsPerConn: 2 },
    { name: 'socklab, noop toxic', port: toxic.port, pid: toxic.pid, fdsPerConn: 2 },
    { name: 'socat', port: socatPort, pid: socat.pid, fdsPerConn: 2 },
  ];
  if (toxiproxyBin !== undefined) {
    const t = await toxiproxy(toxiproxyBin, upstream);
    contenders.push({ name: 'toxiproxy', port: t.port, pid: t.pid, fdsPerConn: 2 });
  }
  await listening(socatPort); // socat forks and binds in its own time on a loaded machine
  return contenders;
}

/** The upstream's process id (its CPU time is measured beside each contender's). */
export const upstreamPid = (): number | undefined => children[0]?.pid;

/** Stop every process started here. */
export function stopContenders(): void {
  for (const c of children) c.kill('SIGINT');
}
