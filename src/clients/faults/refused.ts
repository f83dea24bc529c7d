// refused: nothing listens on the port, so the kernel answers the SYN with RST: connect ECONNREFUSED.
import { SystemCallError } from '../../errors/system-call-error.js';
import { RawSocket } from '../../sys/raw-socket.js';
import { defineFault } from '../fault.js';

/** Connection refused. */
export const refused = defineFault({
  id: 'refused',
  title: 'refused',
  how: 'A socket bound to a loopback port but not listening: the kernel answers every SYN with RST, and the port stays taken, so no other server can appear on it during the case.',
  open: async () => {
    const socket = RawSocket.tcp(4);
    const bound = socket.bind('127.0.0.1', 0);
    const address = bound.ok ? socket.localAddress() : bound;
    if (!address.ok) {
      socket.close();
      throw new SystemCallError(bound.ok ? 'getsockname' : 'bind', address.errno, { address: '127.0.0.1' });
    }
    return {
      origin: `http://127.0.0.1:${address.value.port}`,
      received: () => 0,
      close: async () => void socket.close(),
    };
  },
});
