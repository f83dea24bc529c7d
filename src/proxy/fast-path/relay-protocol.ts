// The messages between a proxy (main thread) and its splice relay thread, and the layout of their shared counters.
import type { MessagePort } from 'node:worker_threads';

/** Connections per shared counter page; each slot has two Float64 counters: bytes sent upstream, then downstream. */
export const SLOTS_PER_PAGE = 1024;

/** Bytes of one counter page. */
export const PAGE_BYTES = SLOTS_PER_PAGE * 2 * Float64Array.BYTES_PER_ELEMENT;

/** What the relay thread starts with: the eventfd that wakes it and the port its commands arrive on. */
export interface RelayWorkerData {
  readonly wakeFd: number;
  readonly commands: MessagePort;
}

/** Main thread -> relay thread (each followed by a signal on the wake eventfd). */
export type RelayCommand =
  /** A new page of counters for slots [page * SLOTS_PER_PAGE, (page + 1) * SLOTS_PER_PAGE). */
  | { readonly kind: 'page'; readonly page: number; readonly counters: SharedArrayBuffer }
  /** Relay this connection; `client` and `upstream` are Node's descriptors, lent until the handback (never closed by the relay). */
  | { readonly kind: 'adopt'; readonly slot: number; readonly client: number; readonly upstream: number }
  /** Give the connection back with the bytes still in flight. */
  | { readonly kind: 'release'; readonly slot: number }
  /** Forget the connection: its sockets are being closed; bytes in flight are discarded. */
  | { readonly kind: 'drop'; readonly slot: number }
  /** Drop everything and end the thread. */
  | { readonly kind: 'stop' };

/**
 * Why a connection came back. released: asked for. finished: both directions ended (FIN passed each way).
 * failed: a socket call failed (the failure says which socket). dropped: as asked, nothing kept. unsupported: splice
 * refused this connection's sockets; declined: no pipe could be had (out of descriptors). Neither of the last two
 * lost anything: the JS path can carry on.
 */
export type HandbackReason = 'released' | 'finished' | 'failed' | 'dropped' | 'unsupported' | 'declined';

/** The failed call of a failed, unsupported or declined handback (side null: not a socket call). */
export interface RelayFailure {
  readonly side: 'client' | 'upstream' | null;
  readonly errno: number;
  readonly syscall: string;
}

/** Relay thread -> main thread. Every adopt is answered by exactly one handback for its slot. */
export type RelayReport =
  | { readonly kind: 'ready' }
  /** splice (or epoll, pipes, eventfd) does not work here; no command was acted on, no descriptor touched. */
  | { readonly kind: 'unavailable'; readonly reason: string }
  | {
    readonly kind: 'handback';
    readonly slot: number;
    readonly reason: HandbackReason;
    /** Bytes read from the client (or upstream) that never reached the other side, in order. */
    readonly toUpstream: Uint8Array | null;
    readonly toClient: Uint8Array | null;
    readonly failure: RelayFailure | null;
  };
