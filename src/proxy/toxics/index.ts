// The toxic registry: one import and one line per toxic file; the ToxicType union is derived from it.
import { SocklabError } from '../../errors/socklab-error.js';
import type { Toxic } from '../toxic.js';
import { bandwidth } from './bandwidth.js';
import { closeWait } from './close-wait.js';
import { hangAfter } from './hang-after.js';
import { latency } from './latency.js';
import { limitData } from './limit-data.js';
import { noop } from './noop.js';
import { refuse } from './refuse.js';
import { resetAfter } from './reset-after.js';
import { resetPeer } from './reset-peer.js';
import { slicer } from './slicer.js';
import { slowClose } from './slow-close.js';
import { slowOpen } from './slow-open.js';
import { timeout } from './timeout.js';

/** Every toxic type socklab knows: Toxiproxy's eight, then socklab's own. */
export const TOXICS = [
  latency, bandwidth, slowClose, timeout, resetPeer, slicer, limitData, noop,
  resetAfter, closeWait, refuse, hangAfter, slowOpen,
] as const satisfies readonly Toxic[];

/** The wire name of a toxic type. */
export type ToxicType = (typeof TOXICS)[number]['type'];

type AttributeName<T extends ToxicType> = Extract<(typeof TOXICS)[number], { readonly type: T }>['attributes'][number]['name'];

/** The attributes one toxic type takes, each optional (defaults apply); any other name is a compile error. */
export type ToxicAttributes<T extends ToxicType> = [AttributeName<T>] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [K in AttributeName<T>]?: number };

/** The toxic for a wire type, or SOCKLAB_PROXY_INVALID_TOXIC_TYPE (400). */
export function toxicByType(type: unknown): Toxic {
  const found = TOXICS.find((t) => t.type === type);
  if (found === undefined) throw new SocklabError('SOCKLAB_PROXY_INVALID_TOXIC_TYPE', { type });
  return found;
}
