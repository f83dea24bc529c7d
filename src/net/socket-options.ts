// The options socklab/net's agent helpers put on every pooled socket: keepalive and a user timeout.
import type { Socket } from 'node:net';
import { applyKeepAlive, checkKeepAlive, type KeepAliveOptions, type KeepAliveSettings } from './keep-alive.js';
import { applyUserTimeout, checkUserTimeout } from './user-timeout.js';

/** What to set on each socket; both optional. */
export interface SocketOptions {
  readonly keepAlive?: KeepAliveOptions;
  /** TCP_USER_TIMEOUT in ms. */
  readonly userTimeout?: number;
}

/** What the kernel holds after applySocketOptions. */
export interface AppliedSocketOptions {
  readonly keepAlive?: KeepAliveSettings;
  readonly userTimeoutMs?: number;
}

/** Options for the agent helpers: the socket options, and what to do when a socket refuses them. */
export interface AgentSocketOptions extends SocketOptions {
  /**
   * Called when a socket's options cannot be set (it is not TCP, e.g. a Unix socket, or it closed first); the
   * connection is used as it is. By default a process warning is emitted, once per helper.
   */
  readonly onError?: (error: unknown, socket: Socket) => void;
}

/** Checks the options before any socket exists, so a mistake fails where the helper is set up (SOCKLAB_NET_BAD_OPTION). */
export function checkSocketOptions(options: SocketOptions): void {
  if (options.keepAlive !== undefined) checkKeepAlive(options.keepAlive);
  if (options.userTimeout !== undefined) checkUserTimeout(options.userTimeout);
}

/** Sets the options on a connected socket and returns what the kernel holds; throws like setsockopt. */
export function applySocketOptions(socket: Socket, options: SocketOptions): AppliedSocketOptions {
  return {
    ...(options.keepAlive === undefined ? {} : { keepAlive: applyKeepAlive(socket, options.keepAlive) }),
    ...(options.userTimeout === undefined ? {} : { userTimeoutMs: applyUserTimeout(socket, options.userTimeout) }),
  };
}

/** The onError of `options`, or one that emits a single process warning for the helper named `helper`. */
export function socketOptionsErrorHandler(options: AgentSocketOptions, helper: string): (error: unknown, socket: Socket) => void {
  if (options.onError !== undefined) return options.onError;
  let warned = false;
  return (error) => {
    if (warned) return;
    warned = true;
    process.emitWarning(`${helper}: socket options not set on a connection (${(error as Error).message ?? String(error)}); it is used without them`, 'SocklabWarning');
  };
}
