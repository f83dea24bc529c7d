// Gives the sockets an undici Agent, Pool or Client opens keepalive and a user timeout, by wrapping its connector.
import type { Socket } from 'node:net';
import { applySocketOptions, checkSocketOptions, socketOptionsErrorHandler, type AgentSocketOptions } from './socket-options.js';

/** The callback of an undici connector: an error, or the connected socket (plain or TLS). */
export type ConnectorCallback<S extends Socket> = (...args: [null, S] | [Error, null]) => void;

/** An undici connector: `buildConnector(...)` from undici, or any function of the same shape. */
export type Connector<O, S extends Socket> = (options: O, callback: ConnectorCallback<S>) => void;

/**
 * Wraps an undici connector so that every socket it connects gets `options` before undici uses it. Pass the result
 * as the `connect` option of undici's `Agent`, `Pool` or `Client`:
 * `new Agent({ connect: connectorWithSocketOptions(buildConnector({}), { keepAlive: { idle: 5000 } }) })`, and use
 * that agent as `fetch`'s `dispatcher` (or `setGlobalDispatcher`). Global `fetch` without a dispatcher keeps its
 * own agent, which this cannot reach. A socket that refuses the options (not TCP) is reported to `onError` and used.
 */
export function connectorWithSocketOptions<O, S extends Socket>(connect: Connector<O, S>, options: AgentSocketOptions): Connector<O, S> {
  checkSocketOptions(options);
  const onError = socketOptionsErrorHandler(options, 'connectorWithSocketOptions');
  return (connectOptions, callback) => {
    connect(connectOptions, (...args) => {
      const [error, socket] = args;
      if (error === null) {
        // undici calls back once the socket is connected (for TLS, after the handshake), so its fd is there now.
        try {
          applySocketOptions(socket, options);
        } catch (failure) {
          onError(failure, socket);
        }
      }
      callback(...args);
    });
  };
}
