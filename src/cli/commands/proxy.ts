// `socklab proxy`: runs the Toxiproxy-compatible server, one log line per connection and toxic firing, summary on Ctrl-C.
import pc from 'picocolors';
import { SocklabError } from '../../errors/socklab-error.js';
import { renderEventLine } from '../../proxy/render/event-line.js';
import { renderSummary } from '../../proxy/render/summary.js';
import type { ProxyCollection } from '../../proxy/proxy-collection.js';
import { startServer } from '../../proxy/server.js';
import { defineCommand } from '../command-spec.js';

function int(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new SocklabError('SOCKLAB_CLI_USAGE', { problem: `${name} must be a non-negative integer`, command: 'proxy' });
  return n;
}

/** The end-of-run summary as one JSON record: per proxy, connections, bytes each way and toxic firings. */
function summaryRecord(proxies: ProxyCollection, seconds: number): Record<string, unknown> {
  const rows = proxies.all().map((p) => ({
    proxy: p.name, connections: p.stats.connections, bytesUpstream: p.stats.bytesUpstream,
    bytesDownstream: p.stats.bytesDownstream, fired: Object.fromEntries(p.stats.fired),
  }));
  return { type: 'summary', seconds: Math.round(seconds * 10) / 10, proxies: rows };
}

/** The `proxy` command. */
export const proxyCommand = defineCommand({
  name: 'proxy',
  summary: 'Run a fault-injecting TCP proxy server, a drop-in for Toxiproxy (API on 127.0.0.1:8474)',
  options: [
    { flags: '--host <host>', description: 'address of the HTTP API', defaultValue: '127.0.0.1' },
    { flags: '--port <port>', description: 'port of the HTTP API', defaultValue: '8474' },
    { flags: '--config <file>', description: 'JSON file of proxies to create at start (as POST /populate)' },
    { flags: '--seed <n>', description: 'seed for toxicity rolls and jitter, for reproducible runs' },
    { flags: '--dial-timeout <ms>', description: 'upstream connect timeout', defaultValue: '5000' },
    { flags: '--quiet', description: 'no per-connection log lines' },
    { flags: '--json', description: 'log one JSON object per line: listening, each event, and the summary on exit' },
  ],
  examples: ['socklab proxy', 'socklab proxy --config proxies.json --seed 42', 'socklab toxic create redis -l 127.0.0.1:26379 -u 127.0.0.1:6379'],
  action: async (_args, options, io) => {
    const paint = io.color ? pc.cyan : (t: string): string => t;
    const json = options.json === true;
    const seed = int(options.seed, '--seed');
    const started = performance.now();
    const server = await startServer({
      host: String(options.host),
      port: int(options.port, '--port') ?? 8474,
      ...(options.config === undefined ? {} : { config: String(options.config) }),
      ...(seed === undefined ? {} : { seed }),
      dialTimeoutMs: int(options.dialTimeout, '--dial-timeout') ?? 5000,
      onEvent: (e) => {
        if (options.quiet !== true) io.stdout.write(`${json ? JSON.stringify({ type: 'event', ...e }) : renderEventLine(e, paint)}\n`);
      },
    });
    const proxyCount = server.proxies.all().length;
    io.stdout.write(json ? `${JSON.stringify({ type: 'listening', url: server.url, proxies: proxyCount })}\n` : `socklab proxy API listening on ${server.url} (${proxyCount} proxies)\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(json ? `${JSON.stringify(summaryRecord(server.proxies, seconds))}\n` : `\n${renderSummary(server.proxies, seconds)}`);
    await server.close();
    return 0;
  },
});
