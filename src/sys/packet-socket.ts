// A non-blocking AF_PACKET socket: every frame of one or all interfaces of its network namespace, kernel-timestamped.
import { constants } from 'node:os';
import { SystemCallError } from '../errors/system-call-error.js';
import {
  AF_PACKET, ETH_P_ALL, MSG_DONTWAIT, MSG_TRUNC, PACKET, SIOCGIFINDEX, SIOCGIFNAME, SOCK_CLOEXEC, SOCK_NONBLOCK,
  SOCK_RAW, SOL_PACKET, SOL_SOCKET, SO,
} from './linux-constants.js';
import { koffi, lastErrno, libc } from './libc.js';
import { timespecMs } from './realtime-clock.js';

/** One frame as the kernel handed it to the packet socket. */
export interface ReceivedFrame {
  /** The captured bytes, from the link-layer header on (a copy the caller may keep). */
  readonly data: Buffer;
  /** The frame's full length; more than `data.length` when it was longer than the snapshot length. */
  readonly length: number;
  readonly ifindex: number;
  /** The interface's link type, ARPHRD_* (1 Ethernet, 772 loopback). */
  readonly hatype: number;
  /** PACKET_HOST (0) and the other incoming kinds, or PACKET_OUTGOING (4). */
  readonly pkttype: number;
  /** The kernel's timestamp of the frame: CLOCK_REALTIME in ms since the epoch. */
  readonly timestampMs: number;
}

/** How a packet socket is opened. */
export interface PacketSocketOptions {
  /** Only this interface (by name); every interface of the namespace, present and future, when absent. */
  readonly interface?: string;
  /** Receive buffer to ask for; the kernel caps it at net.core.rmem_max unless the caller holds CAP_NET_ADMIN. */
  readonly receiveBufferBytes?: number;
  /** Bytes kept of each frame (tcpdump's default snapshot length). */
  readonly snapLength?: number;
}

const { EAGAIN, EINTR, ENETDOWN } = constants.errno;
const IFREQ_BYTES = 40;
const SOCKADDR_LL_BYTES = 20;

/** A packet socket of the calling thread's network namespace (it stays in that namespace for its whole life). */
export class PacketSocket {
  #fd: number;
  readonly #data: Buffer;
  readonly #name = Buffer.alloc(SOCKADDR_LL_BYTES);
  readonly #control = Buffer.alloc(256);
  readonly #names = new Map<number, string>();

  private constructor(fd: number, snapLength: number) {
    this.#fd = fd;
    this.#data = Buffer.alloc(snapLength);
  }

  /** Opens, enables nanosecond timestamps, sizes the buffer and binds; throws SystemCallError (EPERM without CAP_NET_RAW). */
  static open(options: PacketSocketOptions = {}): PacketSocket {
    // Protocol 0 receives nothing until bind() names the interface, so no frame of another interface slips in.
    const fd = libc().socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) throw new SystemCallError('socket', lastErrno());
    const socket = new PacketSocket(fd, options.snapLength ?? 262_144);
    try {
      socket.#enableTimestamps();
      socket.#growReceiveBuffer(options.receiveBufferBytes ?? 4 << 20);
      socket.#bind(options.interface === undefined ? 0 : socket.interfaceIndex(options.interface));
    } catch (error) {
      socket.close();
      throw error;
    }
    return socket;
  }

  /** The file descriptor, or -1 after close. */
  get fd(): number {
    return this.#fd;
  }

  /** The next queued frame, or undefined when none is waiting; never blocks. */
  receive(): ReceivedFrame | undefined {
    const msg = {
      msg_name: this.#name, msg_namelen: this.#name.length,
      msg_iov: [{ iov_base: this.#data, iov_len: this.#data.length }], msg_iovlen: 1,
      msg_control: this.#control, msg_controllen: this.#control.length, msg_flags: 0,
    };
    const length = libc().recvmsg(this.#fd, msg, MSG_DONTWAIT | MSG_TRUNC);
    if (length < 0) {
      const errno = lastErrno();
      // ENETDOWN: the bound interface went down (reported once); the socket keeps working when it comes back.
      if (errno === EAGAIN || errno === EINTR || errno === ENETDOWN) return undefined;
      throw new SystemCallError('recvmsg', errno);
    }
    return {
      data: Buffer.from(this.#data.subarray(0, Math.min(length, this.#data.length))),
      length,
      ifindex: this.#name.readInt32LE(4),
      hatype: this.#name.readUInt16LE(8),
      pkttype: this.#name.readUInt8(10),
      timestampMs: this.#timestamp(msg.msg_controllen),
    };
  }

  /** Frames the kernel dropped since the last call because the receive buffer was full (PACKET_STATISTICS). */
  takeDrops(): number {
    const stats = Buffer.alloc(8);
    if (libc().getsockopt(this.#fd, SOL_PACKET, PACKET.STATISTICS, stats, [stats.length]) !== 0) return 0;
    return stats.readUInt32LE(4);
  }

  /** The name of interface `ifindex` in the socket's namespace (not the calling thread's), `if<N>` once it is gone. */
  interfaceName(ifindex: number): string {
    const known = this.#names.get(ifindex);
    if (known !== undefined) return known;
    const ifreq = Buffer.alloc(IFREQ_BYTES);
    ifreq.writeInt32LE(ifindex, 16);
    if (libc().ioctl(this.#fd, SIOCGIFNAME, 'void *', ifreq) !== 0) return `if${ifindex}`;
    const name = ifreq.toString('latin1', 0, ifreq.indexOf(0));
    this.#names.set(ifindex, name);
    return name;
  }

  /** The index of interface `name` in the socket's namespace; throws SystemCallError (ENODEV) when there is none. */
  interfaceIndex(name: string): number {
    const ifreq = Buffer.alloc(IFREQ_BYTES);
    ifreq.write(name.slice(0, 15), 0, 'latin1');
    if (libc().ioctl(this.#fd, SIOCGIFINDEX, 'void *', ifreq) !== 0) throw new SystemCallError('ioctl SIOCGIFINDEX', lastErrno(), { address: name });
    return ifreq.readInt32LE(16);
  }

  /** Closes the socket (idempotent). */
  close(): void {
    if (this.#fd >= 0) libc().close(this.#fd);
    this.#fd = -1;
  }

  #enableTimestamps(): void {
    // The 64-bit layout is the same on every arch; kernels before 5.1 only know the `long` one.
    if (this.#setInt(SOL_SOCKET, SO.TIMESTAMPNS_NEW, 1) || this.#setInt(SOL_SOCKET, SO.TIMESTAMPNS_OLD, 1)) return;
    throw new SystemCallError('setsockopt SO_TIMESTAMPNS', lastErrno());
  }

  #growReceiveBuffer(bytes: number): void {
    // SO_RCVBUFFORCE passes rmem_max for real root only; inside a user namespace SO_RCVBUF gets what rmem_max allows.
    if (!this.#setInt(SOL_SOCKET, SO.RCVBUFFORCE, bytes)) this.#setInt(SOL_SOCKET, SO.RCVBUF, bytes);
  }

  #bind(ifindex: number): void {
    const address = Buffer.alloc(SOCKADDR_LL_BYTES);
    address.writeUInt16LE(AF_PACKET, 0);
    address.writeUInt16BE(ETH_P_ALL, 2);
    address.writeInt32LE(ifindex, 4);
    if (libc().bind(this.#fd, address, address.length) !== 0) throw new SystemCallError('bind', lastErrno());
  }

  #setInt(level: number, name: number, value: number): boolean {
    const buf = Buffer.alloc(4);
    buf.writeInt32LE(value, 0);
    return libc().setsockopt(this.#fd, level, name, buf, buf.length) === 0;
  }

  /** The SCM_TIMESTAMPNS control message's time; struct cmsghdr is {size_t len; int level; int type} then aligned data. */
  #timestamp(controlLength: number): number {
    const word = koffi().sizeof('size_t');
    const align = (n: number): number => Math.ceil(n / word) * word;
    const header = align(word + 8);
    for (let at = 0; at + header <= controlLength;) {
      const length = word === 8 ? Number(this.#control.readBigUInt64LE(at)) : this.#control.readUInt32LE(at);
      const level = this.#control.readInt32LE(at + word);
      const type = this.#control.readInt32LE(at + word + 4);
      if (length < header) break;
      if (level === SOL_SOCKET && (type === SO.TIMESTAMPNS_NEW || type === SO.TIMESTAMPNS_OLD)) {
        return timespecMs(this.#control.subarray(at + header), type === SO.TIMESTAMPNS_NEW ? 8 : koffi().sizeof('long'));
      }
      at += align(length);
    }
    // Only when the kernel stamped nothing (it always does once SO_TIMESTAMPNS is on): the time of reading.
    return Date.now();
  }
}
