// Tests Epoll: tokens come back with their events, edge-triggered registrations report a change once, remove works.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Epoll } from '../../src/sys/epoll.js';
import { EventFd } from '../../src/sys/event-fd.js';
import { EPOLL } from '../../src/sys/linux-constants.js';

test('a signalled eventfd is reported with its token; edge-triggered, it is reported once per change', () => {
  const ep = Epoll.open(8);
  const e = EventFd.open();
  try {
    assert.equal(ep.add(e.fd, EPOLL.IN | EPOLL.ET, 0xfffffffe), 0);
    assert.equal(ep.wait(0), 0);
    e.signal();
    assert.equal(ep.wait(1000), 1);
    assert.equal(ep.token(0), 0xfffffffe);
    assert.equal(ep.events(0) & EPOLL.IN, EPOLL.IN);
    assert.equal(ep.wait(0), 0, 'no new edge while nothing changed');
    e.signal();
    assert.equal(ep.wait(1000), 1);
    assert.equal(ep.modify(e.fd, EPOLL.IN, 7), 0); // level-triggered now: still readable, so reported again
    assert.equal(ep.wait(0), 1);
    assert.equal(ep.token(0), 7);
    assert.equal(ep.remove(e.fd), 0);
    assert.equal(ep.wait(0), 0);
    assert.equal(ep.remove(e.fd), -2, 'ENOENT once removed');
  } finally {
    e.close();
    ep.close();
  }
});
