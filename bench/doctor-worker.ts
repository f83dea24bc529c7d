// Bench worker (inside the bench netns): opens `count` loopback connections to its own listener and holds both ends.
import { once } from 'node:events';
import net from 'node:net';

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
const held: net.Socket[] = [];
const server = net.createServer({ pauseOnConnect: true }, (s) => held.push(s)).listen({ port, host: '127.0.0.1', backlog: 4096 });
await once(server, 'listening');
for (let done = 0; done < count; ) {
  const batch = Math.min(500, count - done);
  await Promise.all(Array.from({ length: batch }, async () => {
    const c = net.connect({ port, host: '127.0.0.1' });
    held.push(c);
    await once(c, 'connect');
    c.pause();
  }));
  done += batch;
}
while (held.length < count * 2) await new Promise((r) => setTimeout(r, 10)); // every accept seen
process.stdout.write('ready\n');
// Hold everything until the parent closes stdin or dies.
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
