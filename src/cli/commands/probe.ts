// `socklab probe host:port`: parse options, run probe(), print the steps or --json; exit 1 unless the verdict is OK.
import { probe, type ProbeOptions } from '../../doctor/probe.js';
import { parseTarget } from '../../doctor/probe/parse-target.js';
import { renderProbeText } from '../../doctor/render/probe-text.js';
import { SocklabError } from '../../errors/socklab-error.js';
import { progressLine } from '../render/progress-line.js';
import { defineCommand } from '../command-spec.js';

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\' };

/** Reads --send/--expect text with \n, \r, \t and \\ escapes, so `--send 'GET / HTTP/1.0\r\n\r\n'` works. */
export function unescapeText(text: string): string {
  return text.replace(/\\([nrt\\])/g, (_m, k: string) => ESCAPES[k] ?? k);
}

/** Turns the command's options into ProbeOptions; throws SOCKLAB_CLI_USAGE on a bad --timeout. Pure, for tests. */
export function parseProbeOptions(o: Readonly<Record<string, unknown>>): ProbeOptions {
  const seconds = Number(o.timeout ?? 5);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new SocklabError('SOCKLAB_CLI_USAGE', { problem: `--timeout must be seconds above 0 and at most 600, not "${String(o.timeout)}"`, command: 'probe' });
  }
  return {
    timeoutMs: Math.round(seconds * 1000),
    ...(typeof o.send === 'string' ? { send: unescapeText(o.send) } : {}),
    ...(typeof o.expect === 'string' ? { expect: unescapeText(o.expect) } : {}),
  };
}

/** The `socklab probe` command: options table and action. */
export const probeCommand = defineCommand({
  name: 'probe',
  summary: 'Diagnose one connection step by step: resolve, connect to each address, send/expect, TCP_INFO, verdict',
  args: '<target>',
  options: [
    { flags: '--timeout <seconds>', description: 'deadline of each connect and of the read', defaultValue: '5' },
    { flags: '--send <text>', description: 'write this once connected (\\n, \\r, \\t escapes)' },
    { flags: '--expect <text>', description: 'read until the reply contains this text' },
    { flags: '--json', description: 'print the result object as JSON' },
  ],
  examples: ['socklab probe localhost:5432', "socklab probe example.internal:80 --send 'HEAD / HTTP/1.0\\r\\n\\r\\n' --expect 'HTTP/'", 'socklab probe [::1]:6379 --json'],
  action: async (args, options, io) => {
    const { host, port } = parseTarget(args[0] ?? '');
    const parsed = parseProbeOptions(options);
    const line = progressLine(io, options.json !== true);
    line.show(`probing ${host}:${port}…`);
    const result = await probe(host, port, parsed);
    line.clear();
    io.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : renderProbeText(result, io.color));
    return result.verdict.ok ? 0 : 1;
  },
});
