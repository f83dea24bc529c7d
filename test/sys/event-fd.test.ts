// Tests EventFd: a signal makes the fd readable (seen by poll), a drain resets it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventFd } from '../../src/sys/event-fd.js';
import { POLL } from '../../src/sys/linux-constants.js';
import { pollOnce } from '../../src/sys/poll-wait.js';

test('signal makes it readable until drained; EventFd.of wraps the same counter', () => {
  const e = EventFd.open();
  try {
    assert.equal(pollOnce(e.fd, POLL.IN), 0);
    EventFd.of(e.fd).signal();
    e.signal();
    assert.equal(pollOnce(e.fd, POLL.IN) & POLL.IN, POLL.IN);
    e.drain();
    assert.equal(pollOnce(e.fd, POLL.IN), 0);
    e.drain(); // draining an empty counter does nothing (non-blocking)
  } finally {
    e.close();
  }
});
