// `socklab doctor`: run doctor() once or in a --watch loop, print text or --json.
import type { DoctorOptions } from '../../doctor/doctor.js';
import type { ServeMetricsOptions } from '../../doctor/exporter/serve-metrics.js';
import { TCP_STATES } from '../../doctor/tcp-state.js';
import { progressLine } from '../render/progress-line.js';
import { untilInterrupted } from '../until-interrupted.js';
import { defineCommand, type CliIo } from '../command-spec.js';
import { jsonLine } from '../json-output.js';
import { safeOutput } from '../../shared/terminal-safe.js';
import { choice, duration, endpoint, flag, integer } from '../option-spec.js';

/** Serves /metrics until Ctrl-C, saying where on stderr (and warning when the address is wider than loopback). */
async function serve(options: ServeMetricsOptions, io: CliIo): Promise<number> {
  const { serveMetrics } = await import('../../doctor/exporter/serve-metrics.js');
  const server = await serveMetrics(options);
  io.stderr.write(`socklab doctor: serving ${server.url}/metrics and /healthz; Ctrl-C to stop\n`);
  if (server.warning !== undefined) io.stderr.write(`socklab doctor: warning: ${server.warning}\n`);
  await untilInterrupted(true, (signal) => new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true })));
  await server.close();
  return 0;
}

/** The `socklab doctor` command: options table and action. */
export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: "Diagnose this host's TCP sockets: CLOSE_WAIT leaks, full accept queues, retransmissions, kernel counter changes",
  options: {
    interval: duration('measure kernel counter changes over this long (0 reads them once)', { min: '0', max: '1h', default: '1s' }),
    watch: flag('refresh every interval until Ctrl-C (redraws only on a terminal)'),
    port: integer('only sockets with this local or remote port', { min: 0, max: 65535 }),
    pid: integer('only sockets held by this process', { min: 1, max: 4_194_304 }),
    state: choice('only sockets in this TCP state', TCP_STATES, { placeholder: '<state>' }),
    serve: endpoint('serve /metrics for Prometheus and /healthz until Ctrl-C (host defaults to 127.0.0.1)'),
    top: integer('with --serve: processes that get their own pid label; the rest are summed as "other"', { min: 0, max: 10_000, default: 20 }),
  },
  json: 'print the result object as JSON (one object per line with --watch)',
  examples: ['socklab doctor', 'socklab doctor --state CLOSE_WAIT --pid 1234', 'socklab doctor --watch --interval 2s --port 5432', 'socklab doctor --json', 'socklab doctor --serve 9464'],
  action: async (_args, options, io) => {
    if (options.serve !== undefined) return serve({ ...options.serve, topProcesses: options.top }, io);
    const { doctor } = await import('../../doctor/doctor.js');
    const { renderDoctorText } = await import('../../doctor/render/doctor-text.js');
    const settings: DoctorOptions = {
      intervalMs: options.interval,
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.pid === undefined ? {} : { pid: options.pid }),
      ...(options.state === undefined ? {} : { state: options.state }),
    };
    if (!options.watch) {
      const line = progressLine(io);
      line.show(`measuring kernel counters for ${options.interval / 1000} s…`);
      const result = await doctor(settings);
      line.clear();
      return { result, text: (view) => renderDoctorText(result, view.color, view.width) };
    }
    const redraw = (io.stdout as { isTTY?: boolean }).isTTY === true;
    await untilInterrupted(true, async (signal) => {
      while (!signal.aborted) {
        let result;
        try {
          result = await doctor({ ...settings, signal });
        } catch (error) {
          if (signal.aborted) break; // Ctrl-C during the interval ends the watch
          throw error;
        }
        const text = options.json ? jsonLine(result) : safeOutput(renderDoctorText(result, io.color, io.width));
        io.stdout.write(redraw ? `\x1b[H\x1b[2J${text}` : text);
      }
    });
    return 0;
  },
});
