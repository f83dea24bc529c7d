// The client registry: one import and one line per client file; the ClientId union is derived from it.
import type { Client } from '../client.js';
import { axios } from './axios.js';
import { axiosRetry } from './axios-retry.js';
import { globalFetch } from './fetch.js';
import { got } from './got.js';
import { ky } from './ky.js';
import { nodeFetch } from './node-fetch.js';
import { nodeHttp } from './node-http.js';
import { nodeHttpClose } from './node-http-close.js';
import { superagent } from './superagent.js';
import { undici } from './undici.js';
import { undiciRetry } from './undici-retry.js';

/** Every client the matrix knows, in the order it shows them: Node's own first, then npm packages. */
export const CLIENTS = [
  nodeHttp, nodeHttpClose, globalFetch, undici, undiciRetry, got, axios, axiosRetry, ky, nodeFetch, superagent,
] as const satisfies readonly Client[];

/** The id of a client. */
export type ClientId = (typeof CLIENTS)[number]['id'];
