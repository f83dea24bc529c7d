// Scenario: the process reaches its descriptor limit: accept() and socket() fail with EMFILE, the client never knows.
import { getFileLimit, setFileLimit } from '../../sys/file-limit.js';
import { RawSocket } from '../../sys/raw-socket.js';
import { record } from '../kit/record.js';
import { rawClient, rawListener } from '../kit/raw-pair.js';
import { defineScenario } from '../scenario.js';

/** RLIMIT_NOFILE lowered to the descriptors already open: the server cannot accept, the client cannot open a socket. */
export const emfileFdLimit = defineScenario({
  id: 'emfile-fd-limit',
  title: 'EMFILE at the descriptor limit',
  articleSays: 'Each socket is a file descriptor, and a process may hold only RLIMIT_NOFILE of them (ulimit -n). At the limit, accept() fails with EMFILE although the kernel already completed the client\'s handshake, and socket() for a new outgoing connection fails with EMFILE too. Once descriptors are freed, the waiting connection is accepted.',
  predicts: [
    { endpoint: 'client', call: 'connect', result: 'ok' },
    { endpoint: 'server', call: 'accept', result: 'EMFILE' },
    { endpoint: 'client', call: 'socket', result: 'EMFILE' },
    { endpoint: 'server', call: 'accept (limit restored)', result: 'ok' },
  ],
  defaultsMs: null,
  withDefaults: 'depends on the load: the usual soft limit is 1024 (systemd services: 524288 hard, 1024 soft unless LimitNOFILE says more); a leak of one socket per request reaches 1024 after that many requests',
  needs: [],
  async run({ timeline, sandbox }) {
    const { listener, port } = rawListener(sandbox);
    const client = rawClient(sandbox);
    client.connect(sandbox.hosts.server, port);
    record(timeline, 'client', 'connect', await client.connected(3000), 'the handshake completes in the kernel: the connection waits in the accept queue');
    const limit = getFileLimit();
    // The lowest free descriptor number becomes the limit, so the next descriptor, whoever asks, is refused.
    const probe = RawSocket.tcp();
    const lowestFree = probe.fd;
    probe.close();
    // Synchronous from here to the restore: nothing else in this process can need a descriptor meanwhile.
    setFileLimit({ soft: lowestFree, hard: limit.hard });
    const accepted = record(timeline, 'server', 'accept', listener.accept(), `RLIMIT_NOFILE soft limit ${lowestFree} (was ${limit.soft}): descriptors 0-${lowestFree - 1} are all in use`);
    let socketResult = 'ok';
    try {
      RawSocket.tcp().close();
    } catch (error) {
      socketResult = (error as { code: string }).code;
    }
    setFileLimit(limit);
    timeline.call('client', 'socket', socketResult, 'a new outgoing connection needs a descriptor too');
    if (accepted.ok) accepted.value.close();
    const later = record(timeline, 'server', 'accept (limit restored)', listener.accept(), 'the connection waited in the queue all along');
    if (later.ok) later.value.close();
    client.close();
    listener.close();
  },
});
