// The fault registry: one import and one line per fault file; the FaultId union is derived from it.
import type { Fault } from '../fault.js';
import { keepaliveRace } from './keepalive-race.js';
import { refused } from './refused.js';
import { resetBeforeResponse } from './reset-before-response.js';
import { resetMidBody } from './reset-mid-body.js';
import { silentPeer } from './silent-peer.js';
import { slowBody } from './slow-body.js';
import { slowHeaders } from './slow-headers.js';
import { unresolvableName } from './unresolvable-name.js';

/** Every fault, in the order the matrix shows them: connect, request, response, then the slow ones. */
export const FAULTS = [
  refused, unresolvableName, resetBeforeResponse, resetMidBody, keepaliveRace, silentPeer, slowHeaders, slowBody,
] as const satisfies readonly Fault[];

/** The id of a fault. */
export type FaultId = (typeof FAULTS)[number]['id'];
