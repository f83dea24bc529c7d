// The registry of lab scenarios: one import and one line per scenario file (STYLE R6).
import { econnrefused } from './econnrefused.js';
import { etimedoutConnect } from './etimedout-connect.js';
import { etimedoutHostCrash } from './etimedout-host-crash.js';
import { ehostunreachConnect } from './ehostunreach-connect.js';
import { enetunreachConnect } from './enetunreach-connect.js';
import { econnabortedAccept } from './econnaborted-accept.js';
import { econnabortedDestroy } from './econnaborted-destroy.js';
import { peerClosedThenWrite } from './peer-closed-then-write.js';
import { prematureEof } from './premature-eof.js';
import { peerAbort } from './peer-abort.js';
import { epipeSigpipe } from './epipe-sigpipe.js';
import { httpKeepaliveRace } from './http-keepalive-race.js';
import { serverReboot } from './server-reboot.js';
import { ehostunreachEstablished } from './ehostunreach-established.js';
import { keepaliveDetectsDeadPeer } from './keepalive-detects-dead-peer.js';
import { heartbeatDetectsDeadPeer } from './heartbeat-detects-dead-peer.js';
import { acceptQueueOverflow } from './accept-queue-overflow.js';
import { sockoptErrors } from './sockopt-errors.js';

/** Every scenario, in the order the lab table lists them. */
export const SCENARIOS = [
  econnrefused,
  etimedoutConnect,
  etimedoutHostCrash,
  ehostunreachConnect,
  enetunreachConnect,
  econnabortedAccept,
  econnabortedDestroy,
  peerClosedThenWrite,
  prematureEof,
  peerAbort,
  epipeSigpipe,
  httpKeepaliveRace,
  serverReboot,
  ehostunreachEstablished,
  keepaliveDetectsDeadPeer,
  heartbeatDetectsDeadPeer,
  acceptQueueOverflow,
  sockoptErrors,
] as const;

/** The id of a registered scenario. */
export type ScenarioId = (typeof SCENARIOS)[number]['id'];
