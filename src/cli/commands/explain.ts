// `socklab explain`: read the query (arguments or stdin), call explain, print the text view or the JSON result.
import type { Readable } from 'node:stream';
import { explain, type ExplainOptions } from '../../catalog/explain.js';
import { parsePlatform } from '../../catalog/lookup.js';
import { renderExplainText } from '../../catalog/render/explain-text.js';
import { SocklabError } from '../../errors/socklab-error.js';
import { defineCommand } from '../command-spec.js';

/** explain reads at most this much from stdin (16 MiB); the rest is read and dropped. */
export const MAX_STDIN_BYTES = 16 * 1024 * 1024;

async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      if (size < MAX_STDIN_BYTES) chunks.push(buffer.subarray(0, MAX_STDIN_BYTES - size));
      size += buffer.length;
    }
  } catch (error) {
    throw new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: 'stdin', reason: error instanceof Error ? error.message : String(error) });
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The explain command: query from arguments or stdin (`-`), text view or --json, exit 1 when nothing is recognised. */
export const explainCommand = defineCommand({
  name: 'explain',
  summary: 'Explain a socket errno, an errno number, a log line or a stack trace (- reads stdin)',
  args: '[query...]',
  options: [
    { flags: '--json', description: 'print the ExplainResult as JSON (schema in docs/explain.md)' },
    { flags: '--platform <name>', description: 'platform of a number query (default: this machine) or of numbers in text (default: linux)' },
  ],
  examples: [
    'socklab explain ECONNRESET',
    'socklab explain 130 --platform mips',
    "socklab explain 'Error: read ECONNRESET'",
    'kubectl logs api-0 | socklab explain -',
  ],
  action: async (args, options, io) => {
    if (args.length === 0) {
      throw new SocklabError('SOCKLAB_CLI_USAGE', { problem: 'explain needs a query: an errno name, a number, a log line, or - for stdin', command: 'explain' });
    }
    const settings: ExplainOptions = typeof options.platform === 'string' ? { platform: parsePlatform(options.platform) } : {};
    const text = args.length === 1 && args[0] === '-' ? await readStdin(io.stdin) : args.join(' ');
    const result = explain(text, settings);
    const found = result.recognitions.length > 0 || result.errnos.length > 0;
    if (options.json === true) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (found) io.stdout.write(renderExplainText(result, { color: io.color }));
    if (!found) throw new SocklabError('SOCKLAB_EXPLAIN_NOTHING_FOUND');
    return 0;
  },
});
