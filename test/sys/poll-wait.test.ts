// Tests pollOnce/pollWait on real sockets, including that waiting leaves the event loop free.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pollOnce, pollWait } from '../../src/sys/poll-wait.js';
import { POLL } from '../../src/sys/linux-constants.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

test('a listener is not readable until a connection is queued', async () => {
  const server = RawSocket.tcp();
  server.bind('127.0.0.1', 0);
  server.listen(4);
  const local = server.localAddress();
  assert.ok(local.ok);
  assert.equal(pollOnce(server.fd, POLL.IN), 0);
  let ticks = 0;
  const timer = setInterval(() => { ticks += 1; }, 5);
  // 300 ms: long enough that a loaded machine still runs a few 5 ms timers, which a blocking poll() would not let run.
  const quiet = await pollWait(server.fd, POLL.IN, 300);
  clearInterval(timer);
  assert.deepEqual(quiet, { revents: 0, timedOut: true });
  assert.ok(ticks >= 3, `event loop ran ${ticks} timer ticks while waiting`);
  const client = RawSocket.tcp();
  client.connect('127.0.0.1', local.value.port);
  const ready = await pollWait(server.fd, POLL.IN, 2000);
  assert.equal(ready.timedOut, false);
  assert.equal(ready.revents & POLL.IN, POLL.IN);
  client.close(); server.close();
});

test('a closed fd number reports POLLNVAL', () => {
  const s = RawSocket.tcp();
  const fd = s.fd;
  s.close();
  assert.equal(pollOnce(fd, POLL.IN) & POLL.NVAL, POLL.NVAL);
});
