// Scenario: the server host crashes and reboots silently; the client's next segment meets a TCP that forgot it.
import { defineScenario } from '../scenario.js';
import { record } from '../kit/record.js';
import { rawClient, rawPair } from '../kit/raw-pair.js';
import { trackState } from '../kit/track-state.js';

/** Lost server state, then a segment from the client: the rebooted host answers RST and the client's read fails. */
export const serverReboot = defineScenario({
  id: 'server-reboot',
  title: 'the server host crashes and reboots',
  articleSays: 'A server host that crashes and reboots loses all connection state without telling anyone. The client notices nothing until it sends: the rebooted TCP knows no such connection and answers RST, so the client\'s read fails with ECONNRESET (Stevens UNP 5.15); a reconnect before the service is back is refused.',
  predicts: [
    { endpoint: 'client', call: 'write', result: 'ok' },
    { endpoint: 'client', call: 'read', result: 'ECONNRESET' },
    { endpoint: 'client', call: 'connect', result: 'ECONNREFUSED' },
  ],
  defaultsMs: null,
  withDefaults: 'as long as the reboot takes; the client learns only when it next sends (or a keepalive probe does)',
  needs: ['router'],
  async run({ timeline, sandbox, signal }) {
    const { hosts } = sandbox;
    const { listener, client, server, port } = await rawPair(timeline, sandbox);
    const stopClient = trackState(timeline, 'client', client);
    sandbox.crashServer();
    timeline.note(`host ${hosts.server} crashes: its link goes down, so nothing it sends from now on leaves it, and the router drops what is sent to it`);
    // Closing is how its state is lost: a namespace lives while a socket holds it. With no link, no RST gets out.
    record(timeline, 'server', 'close (SO_LINGER 0)', server.closeWithReset(), 'the connection dies with the host; without a link its RST goes nowhere');
    record(timeline, 'server', 'close (listener)', listener.close(), 'the reboot takes the listening socket too');
    await sandbox.rebootServer(signal);
    timeline.note(`host ${hosts.server} is back: its namespace was destroyed with all TCP state and a fresh one has the same address, no sockets at all (the service has not started yet)`);
    const info = client.tcpInfo();
    timeline.note(`client still believes the connection is ${info.ok ? info.value.state : info.code}`);
    record(timeline, 'client', 'write', client.write('request to the rebooted server'), 'queued and sent; the server answers RST');
    record(timeline, 'client', 'read', await client.readWait(3000));
    record(timeline, 'client', 'write', client.write('again'));
    stopClient();
    client.close();
    // Reconnecting before the service is back: the SYN meets RST as well.
    const retry = rawClient(sandbox);
    retry.connect(hosts.server, port);
    record(timeline, 'client', 'connect', await retry.connected(3000), `reconnect to ${hosts.server}:${port} before the service restarts`);
    retry.close();
  },
});
