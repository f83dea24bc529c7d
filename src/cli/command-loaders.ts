// Where each CLI command's spec lives, loaded on demand: a command line loads only the command it names.
import type { CommandSpec } from './command-spec.js';

/** A loader per command file, in the order `socklab --help` lists them. */
const COMMAND_LOADERS: Readonly<Record<string, () => Promise<CommandSpec>>> = {
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  lab: async () => (await import('./commands/lab.js')).labCommand,
  repro: async () => (await import('./commands/repro.js')).reproCommand,
  doctor: async () => (await import('./commands/doctor.js')).doctorCommand,
  probe: async () => (await import('./commands/probe.js')).probeCommand,
  scan: async () => (await import('./commands/scan.js')).scanCommand,
  proxy: async () => (await import('./commands/proxy.js')).proxyCommand,
  toxic: async () => (await import('./commands/toxic.js')).toxicCommand,
  clients: async () => (await import('./commands/clients.js')).clientsCommand,
};

/** Whether `name` is a command's name (`scan`), not an option or a typo. */
export function isCommandName(name: string | undefined): name is string {
  return name !== undefined && Object.hasOwn(COMMAND_LOADERS, name);
}

/** Every command, in --help order. */
export function loadAllCommands(): Promise<readonly CommandSpec[]> {
  return Promise.all(Object.values(COMMAND_LOADERS).map((load) => load()));
}

/**
 * The commands a command line needs: the one its first word names, with its own module tree only (the specs of
 * `clients` and `toxic` load the client and toxic registries, some 90 ms a start); all of them for anything else
 * (--help, --version, a mistyped name, which commander then answers as before).
 */
export async function commandsFor(argv: readonly string[]): Promise<readonly CommandSpec[]> {
  const name = argv[0];
  return isCommandName(name) ? [await COMMAND_LOADERS[name]!()] : loadAllCommands();
}
