// Opens the packet sockets of a capture in the calling thread's network namespace, after the namespace guard.
import { SocklabError } from '../../errors/socklab-error.js';
import { SystemCallError } from '../../errors/system-call-error.js';
import { PacketSocket } from '../../sys/packet-socket.js';
import { assertCaptureAllowed } from './capture-guard.js';

/** Which interfaces to capture: every one of the namespace (including those created later), or these by name. */
export type CaptureInterfaces = 'all' | readonly string[];

/** One socket for 'all', one per named interface; throws SOCKLAB_LAB_CAPTURE_FAILED naming the cause and the fix. */
export function openPacketSockets(interfaces: CaptureInterfaces): PacketSocket[] {
  assertCaptureAllowed();
  const opened: PacketSocket[] = [];
  try {
    if (interfaces === 'all') opened.push(PacketSocket.open());
    else for (const name of interfaces) opened.push(PacketSocket.open({ interface: name }));
    return opened;
  } catch (error) {
    for (const socket of opened) socket.close();
    if (!(error instanceof SystemCallError)) throw error;
    const reason = error.code === 'EPERM'
      ? `${error.message}: a packet socket needs CAP_NET_RAW in the network namespace's user namespace`
      : error.code === 'ENODEV' ? `no interface ${error.address ?? ''} in this network namespace` : error.message;
    throw new SocklabError('SOCKLAB_LAB_CAPTURE_FAILED', { reason });
  }
}
