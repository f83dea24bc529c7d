// SO_LINGER as struct linger { int l_onoff; int l_linger; }: {on, 0} makes close() send RST.
import type { SocketTarget } from './fd-of.js';
import { SOL_SOCKET, SO } from './linux-constants.js';
import { getSockOpt, setSockOpt } from './sock-opt.js';

/** struct linger: onoff enables lingering; seconds 0 with onoff means "reset on close". */
export interface Linger {
  readonly onoff: boolean;
  readonly seconds: number;
}

/** Sets SO_LINGER (with onoff false Linux keeps the previous seconds); throws SystemCallError on failure. */
export function setLinger(target: SocketTarget, linger: Linger): void {
  const buf = Buffer.alloc(8);
  buf.writeInt32LE(linger.onoff ? 1 : 0, 0);
  buf.writeInt32LE(linger.seconds, 4);
  setSockOpt(target, SOL_SOCKET, SO.LINGER, buf);
}

/** Reads SO_LINGER. */
export function getLinger(target: SocketTarget): Linger {
  const buf = getSockOpt(target, SOL_SOCKET, SO.LINGER, 8);
  return { onoff: buf.readInt32LE(0) !== 0, seconds: buf.readInt32LE(4) };
}
