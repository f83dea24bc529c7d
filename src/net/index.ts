// socklab/net: what application code needs to notice dead peers and to retry safely; every export is named here.
export { setKeepAlive, keepAliveSeconds } from './keep-alive.js';
export type { KeepAliveOptions, KeepAliveSettings } from './keep-alive.js';
export { setUserTimeout } from './user-timeout.js';
export { tcpInfo } from '../sys/tcp-info.js';
export type { TcpInfo, TcpStateName } from '../sys/tcp-info.js';
export { classify } from './classify.js';
export type { Classification, ClassifyContext, FailurePhase, RetryVerdict } from './classify.js';
export { errorChain, MAX_CHAIN_DEPTH } from './error-chain.js';
export type { ChainedError } from './error-chain.js';
export { classificationText } from './render/classification-text.js';
export { shouldRetry, retryAllowed, IDEMPOTENT_METHODS } from './should-retry.js';
export type { RetryContext } from './should-retry.js';
export { withSocketOptions } from './with-socket-options.js';
export { connectorWithSocketOptions } from './connector-with-socket-options.js';
export type { Connector, ConnectorCallback } from './connector-with-socket-options.js';
export type { SocketOptions, AgentSocketOptions, AppliedSocketOptions } from './socket-options.js';
export type { Origin } from '../catalog/pattern.js';
export type { Kind, ErrnoName } from '../catalog/types.js';
