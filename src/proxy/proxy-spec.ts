// Reading proxy bodies (POST /proxies, updates, /populate and config files) with Toxiproxy's types and defaults.
import { isSocklabError } from '../errors/is-socklab-error.js';
import { SocklabError } from '../errors/socklab-error.js';
import { parseHostPort } from './address.js';
import { goQuote, readFields, unmarshalError, type GoStruct } from './go-json.js';
import { checkName } from './name.js';

/** A proxy to create, as sent. */
export interface ProxyInput {
  readonly name: string;
  /** "" means a free port on 127.0.0.1. */
  readonly listen: string;
  readonly upstream: string;
  readonly enabled: boolean;
}

/** The fields of an update, only those sent. */
export interface ProxyPatch {
  readonly listen?: string;
  readonly upstream?: string;
  readonly enabled?: boolean;
}

const FIELDS = { name: 'string', listen: 'string', upstream: 'string', enabled: 'bool' } as const;
const PROXY: GoStruct = { name: 'Proxy', type: 'toxiproxy.Proxy', fields: FIELDS };
// /populate decodes into a slice of an anonymous struct that embeds Proxy, so Go names neither in its errors.
const POPULATE_ITEM: GoStruct = { name: '', type: 'struct { toxiproxy.Proxy; Enabled *bool "json:\\"enabled\\"" }', fields: FIELDS };

function required(fields: Record<string, unknown>, name: 'name' | 'upstream', where: string): string {
  const value = fields[name];
  if (typeof value !== 'string' || value === '') throw new SocklabError('SOCKLAB_PROXY_MISSING_FIELD', { field: `${name}${where}` });
  return value;
}

function proxyInput(fields: Record<string, unknown>, where = ''): ProxyInput {
  const name = required(fields, 'name', where);
  const upstream = required(fields, 'upstream', where);
  checkName(name, `proxy name${where}`);
  const listen = (fields.listen as string | undefined) ?? '';
  parseHostPort(listen, 'listen'); // refused now, not when the proxy is first enabled (or by every later /reset)
  return { name, listen, upstream, enabled: (fields.enabled as boolean | undefined) ?? true };
}

/** The body of POST /proxies; enabled defaults to true. */
export function parseProxyCreate(body: unknown): ProxyInput {
  return proxyInput(readFields(body, PROXY));
}

/** The body of POST or PATCH /proxies/{name}: listen, upstream and enabled as sent (a name is ignored, as by Toxiproxy). */
export function parseProxyPatch(body: unknown): ProxyPatch {
  const { listen, upstream, enabled } = readFields(body, PROXY) as ProxyPatch;
  if (listen !== undefined) parseHostPort(listen, 'listen');
  if (upstream !== undefined) parseHostPort(upstream, 'upstream');
  return { ...(listen === undefined ? {} : { listen }), ...(upstream === undefined ? {} : { upstream }), ...(enabled === undefined ? {} : { enabled }) };
}

/**
 * The body of /populate, or a config file (`strict`: unknown fields and repeated names are refused, and every
 * message says which proxy). Without strict, as Toxiproxy: unknown fields ignored, a repeated name replaces.
 */
export function parseProxyList(body: unknown, strict = false): ProxyInput[] {
  if (body === null) return [];
  if (!Array.isArray(body)) throw unmarshalError(body, `[]${POPULATE_ITEM.type}`);
  const items = body.map((item, i) => {
    try {
      return readFields(item, POPULATE_ITEM, strict);
    } catch (e) {
      if (strict && isSocklabError(e)) throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: `${String(e.details.detail)} at proxy ${i + 1}` });
      throw e;
    }
  });
  const proxies = items.map((fields, i) => proxyInput(fields, ` at proxy ${i + 1}`));
  if (strict) {
    proxies.forEach((p, i) => {
      const first = proxies.findIndex((q) => q.name === p.name);
      if (first !== i) throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: `proxy name ${goQuote(p.name)} at proxy ${i + 1} is already used at proxy ${first + 1}` });
    });
  }
  return proxies;
}
