// Whether splice(2) can relay here: one byte through a socketpair and a pipe, the way the relay moves every byte.
import { errnoName } from '../../errors/system-call-error.js';
import { assertSupportedPlatform, lastErrno, libc } from '../../sys/libc.js';
import { AF_UNIX, SOCK_CLOEXEC, SOCK_NONBLOCK, SOCK_STREAM, SPLICE_F } from '../../sys/linux-constants.js';
import { openPipe, type PipeFds } from '../../sys/pipe.js';
import { splice } from '../../sys/splice.js';

/** Why splice cannot relay sockets on this machine, or undefined when it can. */
export function spliceUnavailable(): string | undefined {
  try {
    assertSupportedPlatform('the splice fast path');
  } catch (error) {
    return (error as Error).message;
  }
  const pair = new Int32Array(2);
  if (libc().socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair) !== 0) return `socketpair: ${errnoName(lastErrno())}`;
  let pipe: PipeFds | undefined;
  try {
    pipe = openPipe();
    libc().write(pair[0]!, Buffer.from('x'), 1);
    const flags = SPLICE_F.MOVE | SPLICE_F.NONBLOCK;
    const into = splice(pair[1]!, pipe.writeFd, 1, flags);
    if (into !== 1) return `splice from a socket: ${into < 0 ? errnoName(-into) : `moved ${into} bytes`}`;
    const out = splice(pipe.readFd, pair[1]!, 1, flags);
    if (out !== 1) return `splice to a socket: ${out < 0 ? errnoName(-out) : `moved ${out} bytes`}`;
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    for (const fd of [pair[0]!, pair[1]!, pipe?.readFd, pipe?.writeFd]) if (fd !== undefined) libc().close(fd);
  }
}
