// `socklab probe host:port`: run probe(), print the steps or --json; exit 1 unless the verdict is OK.
import { progressLine } from '../render/progress-line.js';
import { defineCommand } from '../command-spec.js';
import { duration, text } from '../option-spec.js';

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\' };

/** Reads --send/--expect text with \n, \r, \t and \\ escapes, so `--send 'GET / HTTP/1.0\r\n\r\n'` works. */
export function unescapeText(raw: string): string {
  return raw.replace(/\\([nrt\\])/g, (_m, k: string) => ESCAPES[k] ?? k);
}

/** The `socklab probe` command: options table and action. */
export const probeCommand = defineCommand({
  name: 'probe',
  summary: 'Diagnose one connection step by step: resolve, connect to each address, send/expect, TCP_INFO, verdict',
  args: '<target>',
  options: {
    timeout: duration('deadline of each connect and of the read', { min: '1ms', max: '10m', default: '5s' }),
    send: text('write this once connected (\\n, \\r, \\t escapes)'),
    expect: text('read until the reply contains this text'),
  },
  json: 'print the result object as JSON',
  examples: ['socklab probe localhost:5432', "socklab probe example.internal:80 --send 'HEAD / HTTP/1.0\\r\\n\\r\\n' --expect 'HTTP/'", 'socklab probe [::1]:6379 --json --timeout 500ms'],
  action: async (args, options, io) => {
    const { probe } = await import('../../doctor/probe.js');
    const { parseTarget } = await import('../../doctor/probe/parse-target.js');
    const { renderProbeText } = await import('../../doctor/render/probe-text.js');
    const { host, port } = parseTarget(args[0] ?? '');
    const line = progressLine(io, !options.json);
    line.show(`probing ${host}:${port}…`);
    const result = await probe(host, port, {
      timeoutMs: options.timeout,
      ...(options.send === undefined ? {} : { send: unescapeText(options.send) }),
      ...(options.expect === undefined ? {} : { expect: unescapeText(options.expect) }),
    });
    line.clear();
    return { result, text: (view) => renderProbeText(result, view.color, view.width), exitCode: result.verdict.ok ? 0 : 1 };
  },
});
