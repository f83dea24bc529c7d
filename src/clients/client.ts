// The Client contract: one HTTP client library, in one configuration, as the matrix drives it (see docs/clients.md).
import type { Method, PackageVersion } from './clients-result.js';

/** The methods every client is measured with by default (here, not in the runner, so the CLI's option table is cheap). */
export const METHODS: readonly Method[] = ['GET', 'POST'];

/** One request to send the way an application would, with the library's defaults. */
export interface PlannedRequest {
  readonly method: Method;
  readonly url: string;
  /** The JSON body of a POST; undefined for a GET. */
  readonly json?: Readonly<Record<string, unknown>>;
  /** Aborted only once the case's time is up, never earlier: the library's own defaults decide every outcome. */
  readonly signal: AbortSignal;
  /** Records a fact the library reports about this request (node:http's `req.reusedSocket`). */
  note(name: string, value: string | number | boolean): void;
}

/** What the application got when the request succeeded. */
export interface Reply {
  readonly status: number;
  /** Body bytes read, the whole body as the library's usual call reads it. */
  readonly bytes: number;
}

/** A client ready to send: opened once per case, so each case has its own pool where the library has one of its own. */
export interface ClientSession {
  /** Sends one request and reads its whole body; rejects with exactly the error the library gives the application. */
  send(request: PlannedRequest): Promise<Reply>;
  /** Frees what open() made (agents, pools); never waits for requests still in flight. */
  close(): void | Promise<void>;
}

/** The modules a client needs, loaded from the user's project and keyed by package name (module namespaces). */
export type LoadedModules = Readonly<Record<string, unknown>>;

/** One client of the matrix. Adding one: a file in adapters/ and a line in adapters/index.ts. */
export interface Client {
  /** The name users pass to --clients. */
  readonly id: string;
  /** How the matrix names it: `got`, `axios + axios-retry`. */
  readonly title: string;
  /** The npm packages it needs, resolved from the current directory; [] for Node's own clients. */
  readonly packages: readonly string[];
  /** For a client built into Node: what it is made of, with versions (Node itself, the undici it bundles). */
  readonly builtIn?: () => readonly PackageVersion[];
  /** One sentence: the API called and how it is set up (always the library's defaults). */
  readonly summary: string;
  /** Opens a session over the loaded packages. */
  open(modules: LoadedModules): ClientSession | Promise<ClientSession>;
}

/** Identity helper that checks a client literal against the contract and keeps its id as a literal type. */
export function defineClient<const I extends string>(client: Client & { readonly id: I }): Client & { readonly id: I } {
  return client;
}
