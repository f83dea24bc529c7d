// `socklab doctor`: parse options, run doctor() once or in a --watch loop, print text or --json.
import { doctor, type DoctorOptions } from '../../doctor/doctor.js';
import { renderDoctorText } from '../../doctor/render/doctor-text.js';
import { parseTcpState } from '../../doctor/tcp-state.js';
import { SocklabError } from '../../errors/socklab-error.js';
import { progressLine } from '../render/progress-line.js';
import { untilInterrupted } from '../until-interrupted.js';
import { defineCommand } from '../command-spec.js';

function usage(problem: string): SocklabError {
  return new SocklabError('SOCKLAB_CLI_USAGE', { problem, command: 'doctor' });
}

function integer(value: unknown, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw usage(`${name} must be an integer from 0 to ${max}, not "${String(value)}"`);
  return n;
}

/** Turns the command's options into DoctorOptions; throws SOCKLAB_CLI_USAGE on bad values. Pure, for tests. */
export function parseDoctorOptions(o: Readonly<Record<string, unknown>>): DoctorOptions {
  const seconds = Number(o.interval ?? 1);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600) throw usage(`--interval must be seconds from 0 to 3600, not "${String(o.interval)}"`);
  const state = o.state === undefined ? undefined : parseTcpState(String(o.state));
  if (o.state !== undefined && state === undefined) throw usage(`--state "${String(o.state)}" is not a TCP state (ESTABLISHED, CLOSE_WAIT, LISTEN...)`);
  const port = integer(o.port, '--port', 65535);
  const pid = integer(o.pid, '--pid', 2 ** 22);
  return {
    intervalMs: Math.round(seconds * 1000),
    ...(port === undefined ? {} : { port }),
    ...(pid === undefined ? {} : { pid }),
    ...(state === undefined ? {} : { state }),
  };
}

/** The `socklab doctor` command: options table and action. */
export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: "Diagnose this host's TCP sockets: CLOSE_WAIT leaks, full accept queues, retransmissions, kernel counter changes",
  options: [
    { flags: '--interval <seconds>', description: 'measure kernel counter changes over this many seconds', defaultValue: '1' },
    { flags: '--watch', description: 'refresh every interval until Ctrl-C (redraws only on a terminal)' },
    { flags: '--port <port>', description: 'only sockets with this local or remote port' },
    { flags: '--pid <pid>', description: 'only sockets held by this process' },
    { flags: '--state <state>', description: 'only sockets in this TCP state (e.g. CLOSE_WAIT)' },
    { flags: '--json', description: 'print the result object as JSON (one object per line with --watch)' },
  ],
  examples: ['socklab doctor', 'socklab doctor --state CLOSE_WAIT --pid 1234', 'socklab doctor --watch --interval 2 --port 5432', 'socklab doctor --json'],
  action: async (_args, options, io) => {
    const parsed = parseDoctorOptions(options);
    const watch = options.watch === true;
    const redraw = watch && (io.stdout as { isTTY?: boolean }).isTTY === true;
    // The watch view redraws the whole screen; a status line would only flicker over it.
    const line = progressLine(io, !watch);
    await untilInterrupted(watch, async (signal) => {
      do {
        line.show(`measuring kernel counters for ${(parsed.intervalMs ?? 0) / 1000} s…`);
        let result;
        try {
          result = await doctor({ ...parsed, signal });
        } catch (error) {
          if (signal.aborted) break; // Ctrl-C during the interval ends the watch
          throw error;
        }
        line.clear();
        const text = options.json === true ? `${JSON.stringify(result, null, watch ? undefined : 2)}\n` : renderDoctorText(result, io.color);
        io.stdout.write(redraw ? `\x1b[H\x1b[2J${text}` : text);
      } while (watch && !signal.aborted);
    });
    return 0;
  },
});
