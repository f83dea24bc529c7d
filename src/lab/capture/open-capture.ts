// Captures every frame of a network namespace in-process (AF_PACKET), drained by a timer so the event loop never blocks.
import { setTimeout as sleep } from 'node:timers/promises';
import { SocklabError } from '../../errors/socklab-error.js';
import { ARPHRD, PACKET } from '../../sys/linux-constants.js';
import { NetNamespace } from '../../sys/net-namespace.js';
import { PacketSocket, type ReceivedFrame } from '../../sys/packet-socket.js';
import { assertCaptureAllowed } from './capture-guard.js';
import { realtimeToTimeline } from './clock-offset.js';
import { openPacketSockets, type CaptureInterfaces } from './open-packet-sockets.js';

/** One frame seen on one interface, as captured (the pcap writer's input, and the decoders'). */
export interface CapturedFrame {
  /** Kernel timestamp on Timeline's clock (performance.timeOrigin + performance.now()), ms since the epoch. */
  readonly t: number;
  /** The name the capture was opened with (client, router, server, lab...). */
  readonly namespace: string;
  readonly interface: string;
  /** Leaving this namespace through the interface, or arriving. */
  readonly direction: 'in' | 'out';
  /** The Ethernet frame (loopback frames carry an all-zero Ethernet header), cut at the snapshot length. */
  readonly data: Buffer;
  /** The frame's length on the wire. */
  readonly length: number;
}

/** How to open a capture. */
export interface CaptureOptions {
  /** 'all' (default): every interface of the namespace, also those created after the capture opened. */
  readonly interfaces?: CaptureInterfaces;
  /** Capture in the network namespace at this path (e.g. /proc/PID/ns/net) instead of the calling thread's. */
  readonly netns?: string;
  /** The namespace's name in frames and in pcapng interface names; default `netns`. */
  readonly namespace?: string;
}

/** What a stopped capture saw. */
export interface CaptureResult {
  /** Every frame, in time order; loopback's outgoing copies are left out (each loopback packet is also seen arriving). */
  readonly frames: readonly CapturedFrame[];
  /** Frames the kernel dropped because the receive buffer was full. */
  readonly dropped: number;
}

/** A running capture. It holds its namespace alive: stop it before destroying the namespace. */
export interface PacketCapture {
  /** Lets packets in flight arrive (20 ms), drains, closes the sockets; the same result on every call. */
  stop(): Promise<CaptureResult>;
}

const DRAIN_EVERY_MS = 10;
const SETTLE_MS = 20;

/**
 * Opens a packet capture in the calling thread's network namespace, or in `options.netns`. Refuses
 * (SOCKLAB_LAB_CAPTURE_FAILED) outside a namespace created inside a throwaway user namespace.
 */
export async function openCapture(options: CaptureOptions = {}): Promise<PacketCapture> {
  const interfaces = options.interfaces ?? 'all';
  const sockets = options.netns === undefined ? openPacketSockets(interfaces) : openElsewhere(options.netns, interfaces);
  return drainSockets(sockets, options.namespace ?? 'netns');
}

/**
 * Opens the sockets with this thread briefly in namespace `path` (a socket stays in the namespace it was made in).
 * The thread's own namespace must pass the guard too: that proves it may setns back, so it never stays elsewhere.
 * (Opening them from a worker thread instead cost the lab about 30% more CPU: two workers per routed scenario.)
 */
function openElsewhere(path: string, interfaces: CaptureInterfaces): PacketSocket[] {
  assertCaptureAllowed();
  let target: NetNamespace;
  try {
    target = NetNamespace.open(path);
  } catch (error) {
    throw new SocklabError('SOCKLAB_LAB_CAPTURE_FAILED', { reason: `cannot open the network namespace ${path}: ${(error as Error).message}` });
  }
  try {
    return target.run(() => openPacketSockets(interfaces));
  } finally {
    target.close();
  }
}

function drainSockets(sockets: readonly PacketSocket[], namespace: string): PacketCapture {
  const offset = realtimeToTimeline();
  const frames: CapturedFrame[] = [];
  let failure: unknown;
  const drain = (): void => {
    try {
      for (const socket of sockets) {
        for (let frame = socket.receive(); frame !== undefined; frame = socket.receive()) {
          const kept = keep(socket, frame, namespace, offset);
          if (kept !== undefined) frames.push(kept);
        }
      }
    } catch (error) {
      // A socket that fails once would fail on every tick: stop draining, and stop() reports it.
      failure ??= error;
      clearInterval(timer);
    }
  };
  const timer = setInterval(drain, DRAIN_EVERY_MS).unref();
  let result: Promise<CaptureResult> | undefined;
  const finish = async (): Promise<CaptureResult> => {
    await sleep(SETTLE_MS);
    drain();
    clearInterval(timer);
    const dropped = sockets.reduce((sum, socket) => sum + socket.takeDrops(), 0);
    for (const socket of sockets) socket.close();
    if (failure !== undefined) throw new SocklabError('SOCKLAB_LAB_CAPTURE_FAILED', { reason: String((failure as Error).message ?? failure) });
    return { frames: frames.sort((a, b) => a.t - b.t), dropped };
  };
  return { stop: () => (result ??= finish()) };
}

function keep(socket: PacketSocket, frame: ReceivedFrame, namespace: string, offset: number): CapturedFrame | undefined {
  // Only Ethernet-framed links (veth, loopback) are decoded and written; lab namespaces have no others.
  if (frame.hatype !== ARPHRD.ETHER && frame.hatype !== ARPHRD.LOOPBACK) return undefined;
  const outgoing = frame.pkttype === PACKET.OUTGOING;
  // Loopback shows each packet twice, leaving and arriving: keep the arrival, as libpcap does.
  if (outgoing && frame.hatype === ARPHRD.LOOPBACK) return undefined;
  return {
    t: frame.timestampMs + offset,
    namespace,
    interface: socket.interfaceName(frame.ifindex),
    direction: outgoing ? 'out' : 'in',
    data: frame.data,
    length: frame.length,
  };
}
