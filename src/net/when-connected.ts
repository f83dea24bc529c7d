// Waits until a Node socket has a connected TCP handle, so options can be set on its fd.
import type { Socket } from 'node:net';
import { SocklabError } from '../errors/socklab-error.js';

/**
 * Resolves once `socket` is connected: at once when it already is, else on its 'connect' (for a TLS socket, the
 * TCP connection, before the handshake). Rejects with SOCKLAB_SYS_NO_SOCKET_FD when it closes first. Listens for
 * 'close', never for 'error', so the application's own error handling is unchanged.
 */
export function whenConnected(socket: Socket): Promise<void> {
  if (socket.destroyed) return Promise.reject(closed(socket));
  if (!socket.pending) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onConnect = (): void => {
      socket.off('close', onClose);
      resolve();
    };
    const onClose = (): void => {
      socket.off('connect', onConnect);
      reject(closed(socket));
    };
    socket.once('connect', onConnect);
    socket.once('close', onClose);
  });
}

function closed(socket: Socket): SocklabError {
  return new SocklabError('SOCKLAB_SYS_NO_SOCKET_FD', { target: socket.constructor.name, reason: 'it closed before it was connected' });
}
