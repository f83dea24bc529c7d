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
import { keepaliveSubSecond } from './keepalive-sub-second.js';
import { userTimeoutVsKeepalive } from './user-timeout-vs-keepalive.js';
import { fetchKeepaliveRace } from './fetch-keepalive-race.js';
import { happyEyeballsEtimedout } from './happy-eyeballs-etimedout.js';
import { fetchFailedCause } from './fetch-failed-cause.js';
import { ephemeralPortExhaustion } from './ephemeral-port-exhaustion.js';
import { emfileFdLimit } from './emfile-fd-limit.js';
import { eaddrinuseTimeWait } from './eaddrinuse-time-wait.js';

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
  keepaliveSubSecond,
  userTimeoutVsKeepalive,
  fetchKeepaliveRace,
  happyEyeballsEtimedout,
  fetchFailedCause,
  ephemeralPortExhaustion,
  emfileFdLimit,
  eaddrinuseTimeWait,
] as const;

/** The id of a registered scenario. */
export type ScenarioId = (typeof SCENARIOS)[number]['id'];
