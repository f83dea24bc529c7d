// `socklab explain`: read the query (arguments or stdin), call explain, print the text view or the JSON result.
import type { Readable } from 'node:stream';
import { explain, type ExplainOptions, type ExplainResult } from '../../catalog/explain.js';
import { PLATFORMS } from '../../catalog/types.js';
import { currentPlatform } from '../../catalog/current-platform.js';
import { renderExplainText } from '../../catalog/render/explain-text.js';
import { isSocklabError } from '../../errors/is-socklab-error.js';
import { SocklabError } from '../../errors/socklab-error.js';
import { defineCommand, type Outcome } from '../command-spec.js';
import { choice } from '../option-spec.js';

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

/** The result of a query naming an errno or number the catalog does not know: nothing recognised. */
function emptyResult(query: string, settings: ExplainOptions): ExplainResult {
  const kind = /^-?\d+$/.test(query.trim()) ? 'number' : 'errno-name';
  return { input: { kind, query: query.trim().slice(0, 200), platform: settings.platform ?? currentPlatform(), lines: 1, truncated: false }, recognitions: [], primary: null, errnos: [] };
}

/** Explains one query; an unknown errno name or number gives the empty result and the lookup error. */
function explainQuery(query: string, settings: ExplainOptions): Outcome {
  try {
    const result = explain(query, settings);
    const found = result.recognitions.length > 0 || result.errnos.length > 0;
    if (!found) return { result, text: () => '', error: new SocklabError('SOCKLAB_EXPLAIN_NOTHING_FOUND') };
    return { result, text: (view) => renderExplainText(result, view) };
  } catch (error) {
    if (!isSocklabError(error) || (error as SocklabError).code !== 'SOCKLAB_LOOKUP_UNKNOWN_ERRNO') throw error;
    return { result: emptyResult(query, settings), text: () => '', error: error as SocklabError };
  }
}

/** The explain command: query from arguments or stdin (`-`), text view or --json, exit 1 when nothing is recognised. */
export const explainCommand = defineCommand({
  name: 'explain',
  summary: 'Explain a socket errno, an errno number, a log line or a stack trace (- reads stdin)',
  args: '[query...]',
  options: {
    platform: choice('platform of a number query (default: every platform where it is a socket errno) or of numbers in text (default: linux)', PLATFORMS, { placeholder: '<platform>' }),
  },
  json: 'print the ExplainResult as JSON (schema in docs/explain.md); the empty result when nothing is recognised',
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
    const settings: ExplainOptions = options.platform === undefined ? {} : { platform: options.platform };
    const query = args.length === 1 && args[0] === '-' ? await readStdin(io.stdin) : args.join(' ');
    return explainQuery(query, settings);
  },
});
