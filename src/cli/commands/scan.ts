// `socklab scan`: call scanLogs on the files (or stdin), print the text report or the JSON result.
import type { ScanProgress } from '../../scan/scan-logs.js';
import { progressLine } from '../render/progress-line.js';
import { untilInterrupted } from '../until-interrupted.js';
import { terminalSafe } from '../../shared/terminal-safe.js';
import { defineCommand } from '../command-spec.js';
import { SocklabError } from '../../errors/socklab-error.js';
import { duration, flag, integer, time } from '../option-spec.js';

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
  options: {
    follow: flag('keep reading files as they grow; Ctrl-C prints the summary', { short: 'f' }),
    poll: duration('with --follow, how often to check for growth', { min: '1ms', max: '1h', default: '250ms' }),
    year: integer('year for syslog timestamps, which carry none (default: this year)', { min: 1970, max: 9999 }),
    maxGroups: integer('groups shown in full in the text report', { min: 1, max: 1_000_000, default: 20 }),
    since: time('count only errors at or after this time (errors without a timestamp are then left out)'),
    until: time('count only errors before this time (errors without a timestamp are then left out)'),
    maxErrors: integer('exit 1 when more socket errors than this are found (0: any error fails)', { min: 0, max: 1_000_000_000, default: 0 }),
  },
  json: 'print the result as JSON',
  examples: [
    'socklab scan /var/log/app/*.log', 'zcat old.log.gz | socklab scan -', 'socklab scan --json app.log.1.gz', 'socklab scan -f /var/log/nginx/error.log',
    'socklab scan --since 2h --max-errors 10 app.log   # in CI: exit 1 when more than 10 errors in the last 2 hours',
  ],
  action: async (args, options, io) => {
    const { scanLogs } = await import('../../scan/scan-logs.js');
    const { renderScanText } = await import('../../scan/render/scan-text.js');
    const line = progressLine(io);
    // Only an interactive run asks the library for progress reports.
    const onProgress = io.interactive ? (p: ScanProgress): void => line.show(progressText(p)) : undefined;
    const result = await untilInterrupted(options.follow, (signal) => scanLogs(args, {
      // Only a scan of stdin touches it (setting it up costs a few ms).
      ...(args.length === 0 || args.includes('-') ? { stdin: io.stdin } : {}), follow: options.follow, pollMs: options.poll, signal,
      ...(options.year === undefined ? {} : { year: options.year }),
      ...(options.since === undefined ? {} : { since: options.since }),
      ...(options.until === undefined ? {} : { until: options.until }),
      ...(onProgress === undefined ? {} : { onProgress }),
      ...(options.follow && !options.json ? { onHit: (hit, s) => void io.stdout.write(`${terminalSafe(`${s.source}:${s.line}  ${hit.errno ?? hit.kind ?? '-'}  ${hit.ecosystem}  ${hit.phase ?? '-'}  ${hit.peer ?? '-'}`)}\n`) } : {}),
    }));
    line.clear();
    // Exit 1 when errors were found (beyond --max-errors), as a linter does, so a CI job can fail on it; 0 when clean.
    const count = result.totals.hits;
    const error = count > options.maxErrors ? new SocklabError('SOCKLAB_SCAN_ERRORS_FOUND', { count, allowed: options.maxErrors }) : undefined;
    return { result, text: (view) => renderScanText(result, { ...view, maxGroups: options.maxGroups }), ...(error === undefined ? {} : { error }) };
  },
});
