// `socklab toxic`: a toxiproxy-cli style client (list, inspect, create, toggle, delete, add/update/remove toxics).
import { SocklabError } from '../../errors/socklab-error.js';
import { ApiClient } from '../../proxy/api/client.js';
import { TOXICS } from '../../proxy/toxics/index.js';
import { closestMatch } from '../../shared/closest-match.js';
import { defineCommand } from '../command-spec.js';
import { choice, decimal, pair, repeatable, text } from '../option-spec.js';

const ACTIONS = ['list', 'inspect', 'create', 'toggle', 'delete', 'add', 'update', 'remove'] as const;

function usage(problem: string): SocklabError {
  return new SocklabError('SOCKLAB_CLI_USAGE', { problem, command: 'toxic' });
}

/** The attributes of -a pairs; with a type socklab knows, each key must be one of its attributes. */
export function toxicAttributes(type: string | undefined, pairs: readonly (readonly [string, number])[]): Record<string, number> {
  const known: readonly string[] | undefined = TOXICS.find((t) => t.type === type)?.attributes.map((a) => a.name);
  for (const [key, value] of pairs) {
    if (known === undefined || known.includes(key)) continue;
    const suggestion = closestMatch(key, known);
    const accepts = known.length === 0 ? `nothing: ${String(type)} has no attributes` : `key=number with key one of ${known.join(', ')}`;
    throw new SocklabError('SOCKLAB_CLI_BAD_OPTION', { option: '--attribute', value: `${key}=${value}`, accepts, command: 'toxic', ...(suggestion === undefined ? {} : { suggestion: `${suggestion}=${value}` }) });
  }
  return Object.fromEntries(pairs);
}

/** The `toxic` command. */
export const toxicCommand = defineCommand({
  name: 'toxic',
  summary: 'Manage proxies and toxics on any Toxiproxy-compatible server',
  args: '<action> [proxy]',
  options: {
    server: text('API base URL (default: $TOXIPROXY_URL, else http://127.0.0.1:8474)', { placeholder: '<url>' }),
    token: text('bearer token of a server started with --token (default: $SOCKLAB_TOKEN)', { placeholder: '<token>' }),
    listen: text('create: listen address', { short: 'l', placeholder: '<addr>', default: '127.0.0.1:0' }),
    upstream: text('create: upstream address', { short: 'u', placeholder: '<addr>' }),
    type: choice('add: toxic type', TOXICS.map((t) => t.type), { short: 't', placeholder: '<type>' }),
    toxicName: text('add/update/remove: toxic name', { short: 'n', placeholder: '<name>' }),
    stream: choice('add: the direction it acts on', ['upstream', 'downstream'], { short: 's', placeholder: '<stream>', default: 'downstream' }),
    toxicity: decimal('add/update: probability that a connection gets the toxic', { min: 0, max: 1 }),
    attribute: repeatable(pair('add/update: a toxic attribute', { short: 'a' })),
  },
  json: "print the server's JSON",
  examples: [
    'socklab toxic list',
    'socklab toxic create redis -l 127.0.0.1:26379 -u 127.0.0.1:6379',
    'socklab toxic add redis -t latency -a latency=1000 -a jitter=50',
    'socklab toxic update redis -n latency_downstream -a latency=10',
    'socklab toxic remove redis -n latency_downstream',
    'socklab toxic toggle redis',
  ],
  action: async (args, o, io) => {
    const [action, proxy] = args;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) {
      const suggestion = closestMatch(String(action), ACTIONS);
      throw new SocklabError('SOCKLAB_CLI_BAD_OPTION', { option: '<action>', value: action, accepts: `one of ${ACTIONS.join(', ')}`, command: 'toxic', ...(suggestion === undefined ? {} : { suggestion }) });
    }
    if (action !== 'list' && proxy === undefined) throw usage(`${String(action)} needs a proxy name`);
    const api = new ApiClient(o.server ?? (process.env.TOXIPROXY_URL || 'http://127.0.0.1:8474'), { token: o.token ?? process.env.SOCKLAB_TOKEN });
    const name = proxy ?? '';
    const toxicity = o.toxicity === undefined ? {} : { toxicity: o.toxicity };
    let result: unknown;
    switch (action) {
      case 'list': result = await api.list(); break;
      case 'inspect': result = await api.get(name); break;
      case 'create':
        if (o.upstream === undefined) throw usage('create needs --upstream');
        result = await api.create({ name, listen: o.listen, upstream: o.upstream });
        break;
      case 'toggle': result = await api.update(name, { enabled: !(await api.get(name)).enabled }); break;
      case 'delete': await api.delete(name); result = { deleted: name }; break;
      case 'add':
        if (o.type === undefined) throw usage('add needs --type');
        result = await api.addToxic(name, { type: o.type, stream: o.stream, ...(o.toxicName === undefined ? {} : { name: o.toxicName }), ...toxicity, attributes: toxicAttributes(o.type, o.attribute) });
        break;
      case 'update':
        if (o.toxicName === undefined) throw usage('update needs --toxic-name');
        result = await api.updateToxic(name, o.toxicName, { ...toxicity, ...(o.attribute.length === 0 ? {} : { attributes: toxicAttributes(undefined, o.attribute) }) });
        break;
      default:
        if (o.toxicName === undefined) throw usage('remove needs --toxic-name');
        await api.removeToxic(name, o.toxicName);
        result = { removed: o.toxicName };
    }
    return { result, text: () => `${render(result)}\n` };
  },
});

function render(result: unknown): string {
  if (typeof result !== 'object' || result === null) return String(result);
  const r = result as Record<string, unknown>;
  if ('listen' in r) return proxyLine(r);
  if ('type' in r) return `${String(r.name)}  ${String(r.type)} ${String(r.stream)} toxicity=${String(r.toxicity)} ${JSON.stringify(r.attributes)}`;
  if ('deleted' in r || 'removed' in r) return `ok: ${String(r.deleted ?? r.removed)}`;
  const rows = Object.values(r).map((p) => proxyLine(p as Record<string, unknown>));
  return rows.length ? rows.join('\n') : '(no proxies)';
}

function proxyLine(p: Record<string, unknown>): string {
  const toxics = (p.toxics as { name: string }[] | undefined) ?? [];
  return `${String(p.name).padEnd(16)} ${String(p.listen).padEnd(22)} -> ${String(p.upstream).padEnd(22)} ${p.enabled ? 'enabled ' : 'disabled'} ${toxics.map((t) => t.name).join(',') || '-'}`;
}
