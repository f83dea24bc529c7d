// `socklab scan`: parse the options, call scanLogs, print the text report or the JSON result.
import { SocklabError } from '../../errors/socklab-error.js';
import { scanLogs, type ScanProgress } from '../../scan/scan-logs.js';
import { renderScanText } from '../../scan/render/scan-text.js';
import { progressLine } from '../render/progress-line.js';
import { untilInterrupted } from '../until-interrupted.js';
import { defineCommand } from '../command-spec.js';

/** The scan options as the CLI understood them. */
export interface ScanCliOptions {
  readonly json: boolean;
  readonly follow: boolean;
  readonly pollMs: number;
  readonly year: number | undefined;
  readonly maxGroups: number;
}

function positiveInt(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new SocklabError('SOCKLAB_CLI_USAGE', { problem: `${flag} needs a positive whole number, got "${String(value)}"`, command: 'scan' });
  return n;
}

/** Turns commander's option bag into checked scan options (pure: tests call it directly). */
export function parseScanOptions(options: Readonly<Record<string, unknown>>): ScanCliOptions {
  return {
    json: options.json === true,
    follow: options.follow === true,
    pollMs: positiveInt(options.poll, '--poll', 250),
    year: options.year === undefined ? undefined : positiveInt(options.year, '--year', 0),
    maxGroups: positiveInt(options.maxGroups, '--max-groups', 20),
  };
}

/** The progress text of one reading position. */
function progressText(p: ScanProgress): string {
  const total = p.totalBytes === null ? '' : ` / ${Math.round(p.totalBytes / 1e6)}`;
  return `scan ${p.source}: ${Math.round(p.bytes / 1e6)}${total} MB`;
}

/** The `scan` command: find, count and explain socket errors in logs. */
export const scanCommand = defineCommand({
  name: 'scan',
  summary: 'Find, count and explain the socket errors in log files (plain or gzip, `-` for stdin)',
  args: '[files...]',
  options: [
    { flags: '--json', description: 'print the result as JSON' },
    { flags: '-f, --follow', description: 'keep reading files as they grow; Ctrl-C prints the summary' },
    { flags: '--poll <ms>', description: 'with --follow, how often to check for growth (default 250)' },
    { flags: '--year <year>', description: 'year for syslog timestamps, which carry none (default: this year)' },
    { flags: '--max-groups <n>', description: 'groups shown in full in the text report (default 20)' },
  ],
  examples: ['socklab scan /var/log/app/*.log', 'zcat old.log.gz | socklab scan -', 'socklab scan --json app.log.1.gz', 'socklab scan -f /var/log/nginx/error.log'],
  action: async (args, rawOptions, io) => {
    const options = parseScanOptions(rawOptions);
    const line = progressLine(io);
    // Only an interactive run asks the library for progress reports.
    const onProgress = io.interactive ? (p: ScanProgress): void => line.show(progressText(p)) : undefined;
    const result = await untilInterrupted(options.follow, (signal) => scanLogs(args, {
      stdin: io.stdin, follow: options.follow, pollMs: options.pollMs, signal,
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(onProgress === undefined ? {} : { onProgress }),
      ...(options.follow && !options.json ? { onHit: (hit, s) => void io.stdout.write(`${s.source}:${s.line}  ${hit.errno ?? '-'}  ${hit.ecosystem}  ${hit.phase ?? '-'}  ${hit.peer ?? '-'}\n`) } : {}),
    }));
    line.clear();
    io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderScanText(result, { color: io.color, maxGroups: options.maxGroups }));
    return 0;
  },
});
