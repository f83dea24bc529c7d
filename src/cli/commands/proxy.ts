// `socklab proxy`: runs the Toxiproxy-compatible server, one log line per connection and toxic firing, summary on Ctrl-C.
import { paint } from '../../shared/paint.js';
import { defineCommand } from '../command-spec.js';
import { jsonLine } from '../json-output.js';
import { choice, duration, flag, integer, text } from '../option-spec.js';

/** The `proxy` command. */
export const proxyCommand = defineCommand({
  name: 'proxy',
  summary: 'Run a fault-injecting TCP proxy server, a drop-in for Toxiproxy (API on 127.0.0.1:8474)',
  options: {
    host: text('address of the HTTP API', { placeholder: '<host>', default: '127.0.0.1' }),
    port: integer('port of the HTTP API (0 picks a free one)', { min: 0, max: 65535, default: 8474 }),
    config: text('JSON file of proxies to create at start (as POST /populate)', { placeholder: '<file>' }),
    seed: integer('seed for toxicity rolls and jitter, for reproducible runs', { min: 0, max: 4_294_967_295 }),
    dialTimeout: duration('upstream connect timeout', { min: '1ms', max: '1h', default: '5s' }),
    quiet: flag('no per-connection log lines'),
    fastPath: choice('relay connections without toxics with splice(2) in a worker thread; off: Node relays everything (as SOCKLAB_FAST_PATH=off)', ['on', 'off'], { default: 'on' }),
    token: text('require Authorization: Bearer <token> on every API request (default: $SOCKLAB_TOKEN)', { placeholder: '<token>' }),
    allowHost: text('comma-separated Host names the API also answers to (e.g. a docker-compose service name; * for any)', { placeholder: '<names>' }),
  },
  json: 'log one JSON object per line: listening, each event, and the summary on exit',
  examples: ['socklab proxy', 'socklab proxy --config proxies.json --seed 42 --dial-timeout 2s', 'socklab toxic create redis -l 127.0.0.1:26379 -u 127.0.0.1:6379'],
  action: async (_args, options, io) => {
    const { renderEventLine } = await import('../../proxy/render/event-line.js');
    const { renderSummary } = await import('../../proxy/render/summary.js');
    const { startServer } = await import('../../proxy/server.js');
    const { proxySnapshot } = await import('../../proxy/snapshot.js');
    const tag = paint(io.color).cyan;
    const started = performance.now();
    const server = await startServer({
      host: options.host,
      port: options.port,
      ...(options.config === undefined ? {} : { config: options.config }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      dialTimeoutMs: options.dialTimeout,
      ...(options.fastPath === 'off' ? { fastPath: false } : {}),
      token: options.token ?? process.env.SOCKLAB_TOKEN,
      allowHosts: (options.allowHost ?? '').split(',').map((h) => h.trim()).filter((h) => h !== ''),
      onEvent: (e) => {
        if (!options.quiet || e.kind === 'notice') io.stdout.write(options.json ? jsonLine({ type: 'event', ...e }) : `${renderEventLine(e, tag)}\n`);
      },
    });
    const proxyCount = server.proxies.all().length;
    if (server.warning !== undefined) io.stderr.write(`socklab: warning: ${server.warning}\n`);
    io.stdout.write(options.json ? jsonLine({ type: 'listening', url: server.url, proxies: proxyCount }) : `socklab proxy API listening on ${server.url} (${proxyCount} proxies)\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const proxies = server.proxies.all().map(proxySnapshot);
    io.stdout.write(options.json ? jsonLine({ type: 'summary', seconds, proxies }) : `\n${renderSummary(proxies, seconds)}`);
    await server.close();
    return 0;
  },
});
