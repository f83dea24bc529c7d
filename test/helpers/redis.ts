// A real Redis for tests: redis-server on loopback, an ephemeral port, its own temp dir, killed afterwards; plus
// a socklab proxy in front of it and ioredis clients that connect through the proxy.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { createProxy, type InProcessProxy } from '../../src/index.js';
import { freePort } from './free-port.js';

/** A running redis-server. */
export interface RedisServer {
  readonly port: number;
  readonly address: string;
  stop(): Promise<void>;
}

async function tryStart(dir: string): Promise<{ child: ChildProcess; port: number } | undefined> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    child.stdout!.on('data', () => {
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (ready) return { child, port };
  child.kill('SIGKILL');
  return undefined; // most likely another process took the port between the probe and the bind: try another
}

/** Start redis-server on 127.0.0.1 (a fresh free port and temp dir); stop() kills it and removes the dir. */
export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-redis-'));
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = await tryStart(dir);
    if (started === undefined) continue;
    const { child, port } = started;
    return {
      port, address: `127.0.0.1:${port}`,
      stop: async () => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error('redis-server did not start (is it installed? npm test installs it when run as root)');
}

/** A Redis with a socklab proxy in front; clients made here connect through the proxy and are closed by done(). */
export interface RedisRig {
  readonly redis: RedisServer;
  readonly proxy: InProcessProxy;
  /** An ioredis client through the proxy: one attempt per command, fast retries, errors collected in `errors`. */
  client(options?: RedisOptions): Redis & { errors: NodeJS.ErrnoException[] };
  /** A client straight to Redis (to set up data the proxy must not see). */
  direct(): Redis;
  done(): Promise<void>;
}

/** Start Redis and a proxy in front of it. */
export async function redisRig(): Promise<RedisRig> {
  const redis = await startRedis();
  const proxy = await createProxy({ upstream: redis.address, seed: 5 });
  const clients: Redis[] = [];
  return {
    redis, proxy,
    client: (options = {}) => {
      const c = new Redis({
        host: proxy.host, port: proxy.port, maxRetriesPerRequest: 0, retryStrategy: () => 50, enableOfflineQueue: true, ...options,
      }) as Redis & { errors: NodeJS.ErrnoException[] };
      c.errors = [];
      c.on('error', (e: NodeJS.ErrnoException) => c.errors.push(e));
      clients.push(c);
      return c;
    },
    direct: () => {
      const c = new Redis({ host: '127.0.0.1', port: redis.port });
      clients.push(c);
      return c;
    },
    done: async () => {
      for (const c of clients) c.disconnect();
      await proxy.close();
      await redis.stop();
    },
  };
}

/** After a toxic is gone, every command gets its own correct reply (no reply taken for another's). */
export async function assertEveryReplyCorrect(client: Redis, rounds = 20): Promise<void> {
  const keys = Array.from({ length: rounds }, (_, i) => `check:${i}`);
  await Promise.all(keys.map((k) => client.set(k, `value-of-${k}`)));
  const values = await Promise.all(keys.map((k) => client.get(k)));
  assert.deepEqual(values, keys.map((k) => `value-of-${k}`));
  assert.equal(await client.ping(), 'PONG');
}
