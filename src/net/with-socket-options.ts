// Gives the sockets a node:http (or https) Agent creates keepalive and a user timeout, through its createConnection.
import type { Agent } from 'node:http';
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { applySocketOptions, checkSocketOptions, socketOptionsErrorHandler, type AgentSocketOptions } from './socket-options.js';
import { whenConnected } from './when-connected.js';

/**
 * Wraps `agent.createConnection` so that every socket the agent opens from now on gets `options` as soon as it is
 * connected (for https, on the TCP connection, before the TLS handshake); returns the same agent. Sockets opened
 * before the call, and streams that are not TCP sockets (a Unix socket, a tunnel), are left alone (the latter reported
 * to `onError`). Node re-applies only its own `keepAliveMsecs` when a socket returns to the pool, and only when it
 * changed, so these values stay; an application that calls `socket.setKeepAlive(true, ms)` itself overrides the idle time.
 */
export function withSocketOptions<A extends Agent>(agent: A, options: AgentSocketOptions): A {
  checkSocketOptions(options);
  const onError = socketOptionsErrorHandler(options, 'withSocketOptions');
  const configured = new WeakSet<Duplex>();
  const configure = (stream: Duplex | null | undefined): void => {
    if (stream === null || stream === undefined || configured.has(stream)) return;
    configured.add(stream);
    if (!(stream instanceof Socket)) {
      onError(new TypeError('the agent created a stream that is not a TCP socket'), stream as Socket);
      return;
    }
    whenConnected(stream).then(() => applySocketOptions(stream, options)).catch((error: unknown) => {
      // A socket that closed before connecting has its own error to report; nothing was left unset on a live one.
      if (!stream.destroyed) onError(error, stream);
    });
  };
  const create = agent.createConnection.bind(agent);
  // Node takes the socket either as the return value or through the callback; both are covered.
  agent.createConnection = (connectOptions, callback) => {
    const stream = create(connectOptions, callback === undefined ? undefined : (error, created) => {
      if (error === null) configure(created);
      callback(error, created);
    });
    configure(stream);
    return stream;
  };
  return agent;
}
