// Scenario: an application heartbeat notices a dead peer in about a second, whatever the kernel's timers say.
import net from 'node:net';
import { tcpInfo } from '../../sys/tcp-info.js';
import { connectRecorded, listenOn, portOf } from '../kit/node-net.js';
import { sleep } from '../kit/sleep.js';
import { defineScenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';

const PING_EVERY_MS = 300;
const PONG_WITHIN_MS = 1000;

/** Pings every PING_EVERY_MS; resolves with the time the app declared the peer dead (no pong for PONG_WITHIN_MS). */
function heartbeat(timeline: Timeline, socket: net.Socket, signal: AbortSignal): Promise<number> {
  return new Promise((resolve) => {
    let lastPong = performance.now();
    let pongs = 0;
    socket.on('data', (chunk: Buffer) => {
      pongs += chunk.toString().split('pong').length - 1;
      lastPong = performance.now();
    });
    const timer = setInterval(() => {
      const silentFor = performance.now() - lastPong;
      if (silentFor > PONG_WITHIN_MS || signal.aborted) {
        clearInterval(timer);
        // Why record it as a call: this is the error the application raises, and what its caller sees.
        timeline.call('client', 'heartbeat', 'ETIMEDOUT', `app-level: no pong for ${Math.round(silentFor)} ms (limit ${PONG_WITHIN_MS} ms) after ${pongs} pongs`);
        resolve(performance.now());
        return;
      }
      socket.write('ping\n');
    }, PING_EVERY_MS);
  });
}

/** A ping/pong heartbeat detects the silent host and the app closes the connection with its own timeout error. */
export const heartbeatDetectsDeadPeer = defineScenario({
  id: 'heartbeat-detects-dead-peer',
  title: 'An application heartbeat detects a dead peer',
  articleSays: 'The application sends a ping every 300 ms and expects a pong within 1 s; when the peer host dies the pongs stop and the application gives up on its own schedule, while the kernel is still retransmitting and reports nothing.',
  predicts: [{ endpoint: 'client', call: 'heartbeat', result: 'ETIMEDOUT' }],
  defaultsMs: 'as-in-lab',
  withDefaults: 'the heartbeat limit (1 s here) whatever the kernel settings; the kernel alone would take about 924.6 s (tcp_retries2 15) with pings outstanding',
  needs: ['router'],
  labMs: 2_100,
  async run({ timeline, sandbox, signal }) {
    const accepted: net.Socket[] = [];
    const server = await listenOn(sandbox, (socket) => {
      accepted.push(socket);
      socket.on('data', (chunk: Buffer) => socket.write('pong\n'.repeat(chunk.toString().split('ping').length - 1)));
      socket.on('error', () => undefined);
    });
    const client = await connectRecorded(timeline, 'client', sandbox.hosts.server, portOf(server), sandbox.hosts.client);
    if (client === null) return;
    client.on('error', (error) => timeline.call('client', 'socket error', (error as { code?: string }).code ?? error.message));
    const dead = heartbeat(timeline, client, signal);
    await sleep(1000, signal);
    sandbox.crashServer();
    timeline.note(`the server host crashes after 1 s of healthy pings (its link goes down, the router drops every packet to ${sandbox.hosts.server}); kernel settings untouched (tcp_retries2 default)`);
    const silencedAt = performance.now();
    const deadAt = await dead;
    const info = tcpInfo(client);
    timeline.note(`the app gave up ${Math.round(deadAt - silencedAt)} ms after the host went silent; the kernel still says ${info.state}, retransmits ${info.retransmits}, unacked ${info.unacked}`);
    client.destroy();
    timeline.call('client', 'close', 'ok', 'the app closes the socket itself');
    // The server's end never hears the close (its host is silent), so destroy it or server.close() would wait forever.
    for (const socket of accepted) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  },
});
