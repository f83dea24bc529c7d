// The proxy server of the soak test, in its own process so its fds, RSS and API latency are its own.
// Prints its URL; on a "gc" line on stdin collects garbage and prints {"rss":..,"heap":.. (JS heap and buffers),"fds":..}.
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { startServer } from '../../src/proxy/server.js';

// With --reference: a bare HTTP server instead, whose latency is what this machine costs any server right now.
const server = process.argv.includes('--reference')
  ? await new Promise<{ url: string; close(): Promise<void> }>((resolve) => {
    const http = createServer((_req, res) => res.end('{"version": "reference"}'));
    http.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${(http.address() as { port: number }).port}`,
      close: () => new Promise((r) => http.close(() => r())),
    }));
  })
  : await startServer({ host: '127.0.0.1', port: 0, seed: 11, dialTimeoutMs: 2000 });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line !== 'gc') return;
  gc?.();
  // Buffers' memory is freed by a sweeper after the collection; give it a moment, then collect again.
  setTimeout(() => {
    gc?.();
    const fds = readdirSync('/proc/self/fd').length;
    const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
    process.stdout.write(`${JSON.stringify({ rss, heap: heapUsed + arrayBuffers, fds })}\n`);
  }, 300);
});
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
