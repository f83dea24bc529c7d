// `socklab toxic`: a toxiproxy-cli style client (list, inspect, create, toggle, delete, add/update/remove toxics, reset).
import { SocklabError } from '../../errors/socklab-error.js';
import { TOXICS } from '../../proxy/toxics/index.js';
import { closestMatch } from '../../shared/closest-match.js';
import { fitText } from '../../shared/wrap-text.js';
import { defineCommand, type TextView } from '../command-spec.js';
import { choice, decimal, pair, repeatable, text } from '../option-spec.js';

/** Each action and what it does, for --help and the docs. */
const ACTIONS = {
  list: 'every proxy: listen and upstream addresses, enabled, toxic names',
  inspect: 'one proxy and its toxics, with their attributes',
  create: 'create a proxy (--listen, --upstream)',
  toggle: 'disable an enabled proxy (its port refuses), enable a disabled one',
  delete: 'delete a proxy',
  add: 'add a toxic to a proxy (--type, --stream, --toxicity, --attribute)',
  update: 'change a toxic\'s toxicity or attributes (--toxic-name)',
  remove: 'remove a toxic (--toxic-name)',
  reset: 'enable every proxy and remove every toxic (no proxy name)',
} as const;
type Action = keyof typeof ACTIONS;
const NAMES = Object.keys(ACTIONS) as Action[];

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
  actions: ACTIONS,
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
    'socklab toxic inspect redis',
    'socklab toxic reset',
  ],
  action: async (args, o, io) => {
    const [action, proxy] = args;
    if (!NAMES.includes(action as Action)) {
      const suggestion = closestMatch(String(action), NAMES);
      throw new SocklabError('SOCKLAB_CLI_BAD_OPTION', { option: '<action>', value: action, accepts: `one of ${NAMES.join(', ')}`, command: 'toxic', ...(suggestion === undefined ? {} : { suggestion }) });
    }
    if (action !== 'list' && action !== 'reset' && proxy === undefined) throw usage(`${String(action)} needs a proxy name`);
    const { ApiClient } = await import('../../proxy/api/client.js');
    const { renderProxyDetail, renderToxicLine } = await import('../../proxy/render/proxy-detail.js');
    const { renderProxyList } = await import('../../proxy/render/proxy-list.js');
    const api = new ApiClient(o.server ?? (process.env.TOXIPROXY_URL || 'http://127.0.0.1:8474'), { token: o.token ?? process.env.SOCKLAB_TOKEN });
    const name = proxy ?? '';
    const toxicity = o.toxicity === undefined ? {} : { toxicity: o.toxicity };
    let result: unknown;
    let text: (view: TextView) => string;
    switch (action as Action) {
      case 'list': {
        const all = await api.list();
        [result, text] = [all, (view) => renderProxyList(all, view.width)];
        break;
      }
      case 'inspect': {
        const one = await api.get(name);
        [result, text] = [one, () => renderProxyDetail(one)];
        break;
      }
      case 'create': {
        if (o.upstream === undefined) throw usage('create needs --upstream');
        const created = await api.create({ name, listen: o.listen, upstream: o.upstream });
        [result, text] = [created, () => renderProxyDetail(created)];
        break;
      }
      case 'toggle': {
        const toggled = await api.update(name, { enabled: !(await api.get(name)).enabled });
        [result, text] = [toggled, () => renderProxyDetail(toggled)];
        break;
      }
      case 'delete':
        await api.delete(name);
        [result, text] = [{ deleted: name }, () => `ok: deleted ${name}\n`];
        break;
      case 'add': {
        if (o.type === undefined) throw usage('add needs --type');
        const body = { type: o.type, stream: o.stream, ...(o.toxicName === undefined ? {} : { name: o.toxicName }), ...toxicity, attributes: toxicAttributes(o.type, o.attribute) };
        const added = await api.addToxic(name, body);
        [result, text] = [added, () => `${renderToxicLine(added)}\n`];
        break;
      }
      case 'update': {
        if (o.toxicName === undefined) throw usage('update needs --toxic-name');
        // Toxiproxy ignores attribute names it does not know: check them against the toxic's type first.
        const type = o.attribute.length === 0 ? undefined : (await api.toxic(name, o.toxicName)).type;
        const updated = await api.updateToxic(name, o.toxicName, { ...toxicity, ...(type === undefined ? {} : { attributes: toxicAttributes(type, o.attribute) }) });
        [result, text] = [updated, () => `${renderToxicLine(updated)}\n`];
        break;
      }
      case 'remove':
        if (o.toxicName === undefined) throw usage('remove needs --toxic-name');
        await api.removeToxic(name, o.toxicName);
        [result, text] = [{ removed: o.toxicName }, () => `ok: removed ${o.toxicName}\n`];
        break;
      case 'reset':
        await api.reset();
        [result, text] = [{ reset: true }, () => 'ok: every proxy enabled, every toxic removed\n'];
        break;
    }
    return { result, text: (view) => fitText(text(view), view.width) };
  },
});
