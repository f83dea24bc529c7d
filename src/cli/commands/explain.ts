// `socklab explain`: read the query (arguments or stdin), call explain, print the text view or the JSON result.
import type { Readable } from 'node:stream';
import type { ExplainOptions, ExplainResult } from '../../catalog/explain.js';
import { PLATFORMS } from '../../catalog/types.js';
import { isSocklabError } from '../../errors/is-socklab-error.js';
import { SocklabError } from '../../errors/socklab-error.js';
import { defineCommand, type Outcome } from '../command-spec.js';
import { choice, flag, text } from '../option-spec.js';

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

/** The catalog functions the action uses, imported on first use (see CommandSpec.action). */
async function loadCatalog() {
  const [{ explain }, { currentPlatform }, { renderExplainText, headline }, { renderErrnoLines }, { listErrnos }] = await Promise.all([
    import('../../catalog/explain.js'), import('../../catalog/current-platform.js'), import('../../catalog/render/explain-text.js'),
    import('../../catalog/render/errno-lines.js'), import('../../catalog/errno-list.js'),
  ]);
  return { explain, currentPlatform, renderExplainText, headline, renderErrnoLines, listErrnos };
}
type Catalog = Awaited<ReturnType<typeof loadCatalog>>;

/** The result of a query naming an errno or number the catalog does not know: nothing recognised. */
function emptyResult({ currentPlatform }: Catalog, query: string, settings: ExplainOptions): ExplainResult {
  const kind = /^-?\d+$/.test(query.trim()) ? 'number' : 'errno-name';
  return { input: { kind, query: query.trim().slice(0, 200), platform: settings.platform ?? currentPlatform(), lines: 1, truncated: false }, recognitions: [], primary: null, errnos: [] };
}

/** Explains one query (one line per errno with `short`); an unknown errno name or number gives the empty result and the lookup error. */
function explainQuery(catalog: Catalog, query: string, settings: ExplainOptions, short: boolean): Outcome {
  const { explain, headline, renderErrnoLines, renderExplainText } = catalog;
  try {
    const result = explain(query, settings);
    const found = result.recognitions.length > 0 || result.errnos.length > 0;
    if (!found) return { result, text: () => '', error: new SocklabError('SOCKLAB_EXPLAIN_NOTHING_FOUND') };
    // A line with no errno (a library's timer, the peer closing) still gets its one line: what kind of failure it is.
    const lines = (width: number): string => result.errnos.length > 0
      ? renderErrnoLines(result.errnos.map((e) => ({ name: e.name, number: e.number, message: e.entry.message })), width)
      : `${headline(result.primary ?? result.recognitions[0]!)}\n`;
    return { result, text: (view) => (short ? lines(view.width) : renderExplainText(result, view)) };
  } catch (error) {
    if (!isSocklabError(error) || (error as SocklabError).code !== 'SOCKLAB_LOOKUP_UNKNOWN_ERRNO') throw error;
    return { result: emptyResult(catalog, query, settings), text: () => '', error: error as SocklabError };
  }
}

/** Several errno names or numbers (`explain ECONNRESET 110`): each is its own query; a log line's words are not. */
const SEPARATE_QUERY = /^(?:(?:UV_)?E[A-Z0-9_]{2,24}|-?\d{1,6})$/i;

/** The outcome of several queries: their results as a JSON array, their views one after the other, the first error. */
function explainEach(catalog: Catalog, queries: readonly string[], settings: ExplainOptions, short: boolean): Outcome {
  const outcomes = queries.map((q) => explainQuery(catalog, q, settings, short));
  const error = outcomes.find((o) => o.error !== undefined)?.error;
  return {
    result: outcomes.map((o) => o.result),
    text: (view) => outcomes.map((o) => o.text(view)).filter((t) => t !== '').join(short ? '' : '\n'),
    ...(error === undefined ? {} : { error }),
  };
}

/** --list and --search: the catalog in errno(1)'s form, on the platform asked (this machine's by default). */
function catalogList({ currentPlatform, listErrnos, renderErrnoLines }: Catalog, settings: ExplainOptions, search: string | undefined): Outcome {
  const platform = settings.platform ?? currentPlatform();
  const errnos = listErrnos(platform, search);
  const error = errnos.length === 0 ? new SocklabError('SOCKLAB_EXPLAIN_NO_MATCH', { search }) : undefined;
  return { result: { platform, ...(search === undefined ? {} : { search }), errnos }, text: (view) => renderErrnoLines(errnos, view.width), ...(error === undefined ? {} : { error }) };
}

/** The explain command: query from arguments or stdin (`-`), text view or --json, exit 1 when nothing is recognised. */
export const explainCommand = defineCommand({
  name: 'explain',
  summary: 'Explain a socket errno, an errno number, a log line or a stack trace (- reads stdin)',
  args: '[query...]',
  options: {
    short: flag('one line per errno, as errno(1) prints: name, number, message'),
    list: flag('list every errno in the catalog, one line each'),
    search: text('list the errnos whose name or message contains this text (any case)', { placeholder: '<text>' }),
    platform: choice('platform of a number query (default: every platform where it is a socket errno) or of numbers in text (default: linux)', PLATFORMS, { placeholder: '<platform>' }),
  },
  json: 'print the ExplainResult as JSON (schema in docs/explain.md), an array of them for several queries; the empty result when nothing is recognised; with --list or --search, { platform, errnos }',
  examples: [
    'socklab explain ECONNRESET',
    'socklab explain --short ECONNRESET ETIMEDOUT 111',
    'socklab explain --search reset',
    'socklab explain 130 --platform mips',
    "socklab explain 'Error: read ECONNRESET'",
    'kubectl logs api-0 | socklab explain -',
  ],
  action: async (args, options, io) => {
    const catalog = await loadCatalog();
    const settings: ExplainOptions = options.platform === undefined ? {} : { platform: options.platform };
    if (options.list || options.search !== undefined) return catalogList(catalog, settings, options.search);
    if (args.length === 0) {
      throw new SocklabError('SOCKLAB_CLI_USAGE', { problem: 'explain needs a query: an errno name, a number, a log line, or - for stdin', command: 'explain' });
    }
    if (args.length > 1 && args.every((a) => SEPARATE_QUERY.test(a))) return explainEach(catalog, args, settings, options.short);
    const query = args.length === 1 && args[0] === '-' ? await readStdin(io.stdin) : args.join(' ');
    return explainQuery(catalog, query, settings, options.short);
  },
});
