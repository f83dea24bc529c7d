// `socklab toxic`: a toxiproxy-cli style client (list, inspect, create, toggle, delete, add/update/remove toxics).
import { SocklabError } from '../../errors/socklab-error.js';
import { ApiClient } from '../../proxy/api/client.js';
import { defineCommand } from '../command-spec.js';

const ACTIONS = ['list', 'inspect', 'create', 'toggle', 'delete', 'add', 'update', 'remove'] as const;

function usage(problem: string): SocklabError {
  return new SocklabError('SOCKLAB_CLI_USAGE', { problem, command: 'toxic' });
}

/** Parse repeated `-a key=value` into numeric attributes. */
export function parseAttributes(list: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of Array.isArray(list) ? list : []) {
    const [k, v] = String(item).split('=');
    if (k === undefined || v === undefined || !Number.isFinite(Number(v))) throw usage(`attribute "${String(item)}" must be key=number`);
    out[k] = Number(v);
  }
  return out;
}

/** The `toxic` command. */
export const toxicCommand = defineCommand({
  name: 'toxic',
  summary: 'Manage proxies and toxics on any Toxiproxy-compatible server',
  args: '<action> [proxy]',
  options: [
    { flags: '--server <url>', description: 'API base URL', defaultValue: 'http://127.0.0.1:8474' },
    { flags: '-l, --listen <addr>', description: 'create: listen address', defaultValue: '127.0.0.1:0' },
    { flags: '-u, --upstream <addr>', description: 'create: upstream address' },
    { flags: '-t, --type <type>', description: 'add: toxic type' },
    { flags: '-n, --toxic-name <name>', description: 'add/update/remove: toxic name' },
    { flags: '-s, --stream <stream>', description: 'add: upstream or downstream', defaultValue: 'downstream' },
    { flags: '--toxicity <p>', description: 'add/update: probability 0..1' },
    { flags: '-a, --attribute <key=value...>', description: 'add/update: toxic attributes' },
    { flags: '--json', description: 'print the server\'s JSON' },
  ],
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
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number])) throw usage(`action must be one of ${ACTIONS.join(', ')}`);
    if (action !== 'list' && proxy === undefined) throw usage(`${String(action)} needs a proxy name`);
    const api = new ApiClient(String(o.server));
    const name = proxy ?? '';
    const toxicity = o.toxicity === undefined ? {} : { toxicity: Number(o.toxicity) };
    let result: unknown;
    switch (action) {
      case 'list': result = await api.list(); break;
      case 'inspect': result = await api.get(name); break;
      case 'create':
        if (o.upstream === undefined) throw usage('create needs --upstream');
        result = await api.create({ name, listen: String(o.listen), upstream: String(o.upstream) });
        break;
      case 'toggle': result = await api.update(name, { enabled: !(await api.get(name)).enabled }); break;
      case 'delete': await api.delete(name); result = { deleted: name }; break;
      case 'add':
        if (o.type === undefined) throw usage('add needs --type');
        result = await api.addToxic(name, { type: String(o.type), stream: String(o.stream), ...(o.toxicName === undefined ? {} : { name: String(o.toxicName) }), ...toxicity, attributes: parseAttributes(o.attribute) });
        break;
      case 'update':
        if (o.toxicName === undefined) throw usage('update needs --toxic-name');
        result = await api.updateToxic(name, String(o.toxicName), { ...toxicity, ...(o.attribute === undefined ? {} : { attributes: parseAttributes(o.attribute) }) });
        break;
      default:
        if (o.toxicName === undefined) throw usage('remove needs --toxic-name');
        await api.removeToxic(name, String(o.toxicName));
        result = { removed: o.toxicName };
    }
    io.stdout.write(o.json === true ? `${JSON.stringify(result, null, 2)}\n` : `${render(result)}\n`);
    return 0;
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
