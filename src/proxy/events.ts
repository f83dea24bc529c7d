// Events a proxy reports (one log line each in `socklab proxy`): connections, toxic firings, closes.
import type { LinkInfo } from './link.js';

/** Something that happened on a proxy. */
export type ProxyEvent =
  | { readonly kind: 'connection'; readonly proxy: string; readonly id: number; readonly client: string }
  | { readonly kind: 'fired'; readonly proxy: string; readonly id: number; readonly toxic: string; readonly what: string }
  | { readonly kind: 'closed'; readonly proxy: string; readonly id: number; readonly reason: string; readonly info: LinkInfo }
  | { readonly kind: 'refusing'; readonly proxy: string; readonly refusing: boolean }
  /** Said once: something about how the proxy runs here (e.g. why the splice fast path is off). */
  | { readonly kind: 'notice'; readonly proxy: string; readonly text: string };
